/**
 * Sheet-emptying search (after Lodi, Martello & Vigo's tabu search for two-dimensional bin packing): take the
 * items of the emptiest sheet aside and move them into the other sheets, each move repacking one or two sheets
 * from scratch with every ordering and rule. The cost is the area still aside; moves:
 * - insert: an item aside now fits, with the contents of one other sheet, on that sheet (always taken);
 * - swap: an item aside replaces an item of a sheet;
 * - pair: an item aside and the contents of two sheets are repacked onto those two, whatever is left goes aside;
 * - exchange: two sheets trade an item (same cost, moves the search along).
 * Late-acceptance hill climbing decides on all but inserts. Nothing aside means one sheet fewer.
 */
import type { FilledBin } from './bin'
import type { Decoder } from './decoder'
import type { Budget } from './sequenceSearch'

interface Group {
  items: number[]
  area: number
  bin: FilledBin
  /** Items aside already found not to fit with this sheet as it is. */
  tried: Set<number>
}

/** Late-acceptance history length. */
const HISTORY = 30
/** Steps without a new lowest cost before starting again from the best layout, with another sheet aside... */
const STALL_STEPS = 5000
/** ...chosen among this many of the emptiest. */
const RESTART_AMONG = 3
/** Shares of the random moves; the rest are exchanges. */
const SWAP_SHARE = 0.5
const PAIR_SHARE = 0.3

export function groupSearch(
  decoder: Decoder,
  start: readonly FilledBin[],
  lowerBound: number,
  random: () => number,
  budget: Budget,
): FilledBin[] {
  let best = [...start]
  if (best.length <= lowerBound || best.length < 2) return best
  const area = decoder.area
  const capacity = decoder.binArea * (1 + 1e-12)
  const pick = (k: number) => Math.floor(random() * k)
  let groups: Group[] = []
  let aside: number[] = []
  let asideArea = 0
  const history = new Array<number>(HISTORY)
  let lowestAside = Infinity
  let sinceLower = 0

  /** Starts from the best layout with one of the `among` emptiest sheets aside. */
  const setAside = (among: number) => {
    groups = best.map((bin) => ({
      items: bin.placed.map((p) => p.item),
      area: bin.usedArea,
      bin,
      tried: new Set(),
    }))
    const byFill = [...groups.keys()].sort((a, b) => (groups[a] as Group).area - (groups[b] as Group).area)
    const removed = groups.splice(byFill[pick(Math.min(among, byFill.length))] as number, 1)[0] as Group
    aside = removed.items
    asideArea = removed.area
    history.fill(asideArea)
    lowestAside = asideArea
    sinceLower = 0
  }
  const replace = (g: Group, bin: FilledBin) => {
    g.items = bin.placed.map((p) => p.item)
    g.area = bin.usedArea
    g.bin = bin
    g.tried.clear()
  }
  const takeAside = (item: number) => {
    aside.splice(aside.indexOf(item), 1)
    asideArea -= area[item] as number
  }
  const putAside = (items: readonly number[]) => {
    for (const item of items) {
      aside.push(item)
      asideArea += area[item] as number
    }
  }
  /** Two different sheets that hold something, or null. */
  const pickTwo = (): [Group, Group] | null => {
    const filled = groups.filter((g) => g.items.length > 0)
    if (filled.length < 2) return null
    const a = pick(filled.length)
    const b = (a + 1 + pick(filled.length - 1)) % filled.length
    return [filled[a] as Group, filled[b] as Group]
  }

  /** Every item aside that now fits on some sheet moves there. */
  const insertAll = () => {
    for (const item of [...aside].sort((a, b) => (area[b] as number) - (area[a] as number))) {
      for (const g of groups) {
        if (g.area + (area[item] as number) > capacity || g.tried.has(item)) continue
        const bins = decoder.packGroup([...g.items, item], 1)
        if (bins) {
          replace(g, bins[0] as FilledBin)
          takeAside(item)
          break
        }
        g.tried.add(item)
      }
    }
  }

  const swap = (limit: number) => {
    const item = aside[pick(aside.length)] as number
    const g = groups[pick(groups.length)] as Group
    if (g.items.length === 0) return
    const out = g.items[pick(g.items.length)] as number
    const gain = (area[item] as number) - (area[out] as number)
    if (asideArea - gain > limit || g.area + gain > capacity) return
    const bins = decoder.packGroup([...g.items.filter((i) => i !== out), item], 1)
    if (bins) {
      replace(g, bins[0] as FilledBin)
      takeAside(item)
      putAside([out])
    }
  }

  const pair = (limit: number) => {
    const two = pickTwo()
    if (!two) return
    const [ga, gb] = two
    const item = aside[pick(aside.length)] as number
    const union = [...ga.items, ...gb.items, item]
    const result = decoder.packGroupLeaving(union, 2, limit - asideArea + (area[item] as number))
    if (result === null) return
    // All on one sheet leaves the other empty, ready for the items aside.
    replace(ga, result.bins[0] as FilledBin)
    replace(gb, result.bins[1] ?? { placed: [], usedArea: 0 })
    takeAside(item)
    putAside(result.left)
  }

  const exchange = () => {
    const two = pickTwo()
    if (!two) return
    const [ga, gb] = two
    const ia = ga.items[pick(ga.items.length)] as number
    const ib = gb.items[pick(gb.items.length)] as number
    const binsA = decoder.packGroup([...ga.items.filter((i) => i !== ia), ib], 1)
    const binsB = binsA && decoder.packGroup([...gb.items.filter((i) => i !== ib), ia], 1)
    if (binsA && binsB) {
      replace(ga, binsA[0] as FilledBin)
      replace(gb, binsB[0] as FilledBin)
    }
  }

  setAside(1)
  for (let step = 0; !budget.spent(); step++) {
    decoder.work++ // even a move rejected before any packing costs a step
    insertAll()
    if (aside.length === 0) {
      best = groups.filter((g) => g.items.length > 0).map((g) => g.bin)
      if (best.length <= lowerBound || best.length < 2) break
      setAside(1)
      continue
    }
    const slot = step % HISTORY
    const limit = Math.max(asideArea, history[slot] as number)
    const r = random()
    if (r < SWAP_SHARE) swap(limit)
    else if (r < SWAP_SHARE + PAIR_SHARE) pair(limit)
    else exchange()
    history[slot] = asideArea
    if (asideArea < lowestAside) {
      lowestAside = asideArea
      sinceLower = 0
    } else if (++sinceLower > STALL_STEPS) {
      setAside(RESTART_AMONG)
    }
  }
  return best
}
