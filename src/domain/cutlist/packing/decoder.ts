/**
 * Turns an item sequence into sheets: first fit, each item into the first sheet where the placement rule finds
 * room for it. Every search phase works through this one function (and counts its calls as its budget).
 */
import { emptyCandidate, type FilledBin, type PackBin, type Turns } from './bin'

export interface WorkItem {
  readonly w: number
  readonly h: number
  /** Orientations in which the item fits an empty sheet and is allowed. */
  readonly turns: Turns
}

/** Makes an empty sheet that places by one of the rules (rule is an index into the caller's rule list). */
export type BinFactory = (rule: number) => PackBin

export interface Decoded {
  readonly bins: PackBin[]
  /** Items that found no room within the sheet limit, and their total area. */
  readonly left: number[]
  readonly leftArea: number
}

/** Item orderings, largest first by: area, longer side, perimeter, width, height. */
const ORDERINGS: readonly ((item: WorkItem) => readonly number[])[] = [
  (i) => [i.w * i.h, Math.max(i.w, i.h)],
  (i) => [Math.max(i.w, i.h), Math.min(i.w, i.h)],
  (i) => [i.w + i.h, i.w * i.h],
  (i) => [i.w, i.h],
  (i) => [i.h, i.w],
]

const MEMO_LIMIT = 20_000

/** Fills up to maxBins sheets from the group, returning the items of each; reports its work through spend. */
export type FillBins = (
  group: readonly number[],
  maxBins: number,
  spend: (work: number) => void,
) => number[][]

export class Decoder {
  /** Items processed by all decodings: the budget measure, as it follows running time closely. */
  work = 0
  readonly area: readonly number[]
  readonly freeTurns: Uint8Array
  /** For each ordering, the items in that order. */
  readonly orders: readonly (readonly number[])[]
  private readonly ranks: readonly Int32Array[]
  private readonly candidate = emptyCandidate()
  private memo = new Map<string, FilledBin[] | null>()

  constructor(
    readonly items: readonly WorkItem[],
    readonly makeBin: BinFactory,
    readonly ruleCount: number,
    /** Rules tried when packing a small group of items (all rules can be too many). */
    readonly groupRules: readonly number[],
    readonly binArea: number,
    /** Optional exact filler for a few sheets (one-dimensional bars): groups of the items per sheet. */
    private readonly fillBins?: FillBins,
  ) {
    this.area = items.map((i) => i.w * i.h)
    this.freeTurns = Uint8Array.from(items, (i) => i.turns)
    this.orders = ORDERINGS.map((key) => {
      const keys = items.map(key)
      return [...items.keys()].sort((a, b) => compareDesc(keys[a] ?? [], keys[b] ?? []) || a - b)
    })
    this.ranks = this.orders.map((order) => {
      const rank = new Int32Array(items.length)
      order.forEach((item, position) => (rank[item] = position))
      return rank
    })
  }

  /** First-fit decoding into at most maxBins sheets; null as soon as the area left over exceeds abortAbove. */
  decode(
    order: readonly number[],
    turns: Uint8Array,
    rule: number,
    maxBins: number,
    abortAbove: number,
  ): Decoded | null {
    const candidate = this.candidate
    const bins: PackBin[] = []
    const left: number[] = []
    let leftArea = 0
    for (const index of order) {
      this.work++
      const item = this.items[index] as WorkItem
      const allowed = turns[index] as Turns
      let placed = false
      for (const bin of bins) {
        if (bin.find(item.w, item.h, allowed, candidate)) {
          bin.place(candidate, index)
          placed = true
          break
        }
      }
      if (!placed && bins.length < maxBins) {
        const bin = this.makeBin(rule)
        if (bin.find(item.w, item.h, allowed, candidate)) {
          bin.place(candidate, index)
          bins.push(bin)
          placed = true
        }
      }
      if (!placed) {
        left.push(index)
        leftArea += this.area[index] as number
        if (leftArea > abortAbove) return null
      }
    }
    return { bins, left, leftArea }
  }

  /** Sheets holding all of the group in at most maxBins, trying every ordering with every group rule; or null. */
  packGroup(group: readonly number[], maxBins: number): FilledBin[] | null {
    let total = 0
    for (const item of group) total += this.area[item] as number
    if (total > maxBins * this.binArea * (1 + 1e-12)) return null
    const key = `${maxBins}:${[...group].sort((a, b) => a - b).join(',')}`
    this.work += group.length // a remembered answer still costs the lookup
    const known = this.memo.get(key)
    if (known !== undefined) return known
    let found: FilledBin[] | null = null
    for (const rank of this.ranks) {
      const order = [...group].sort((a, b) => (rank[a] as number) - (rank[b] as number))
      for (const rule of this.groupRules) {
        const result = this.decode(order, this.freeTurns, rule, maxBins, 0)
        if (result !== null) {
          // Kept without the free-space lists, which are large and no longer needed.
          found = result.bins.map((bin) => ({ placed: bin.placed, usedArea: bin.usedArea }))
          break
        }
      }
      if (found) break
    }
    if (this.memo.size >= MEMO_LIMIT) this.memo = new Map()
    this.memo.set(key, found)
    return found
  }

  /** Of every ordering and group rule, the decoding of the group into maxBins sheets that leaves least over. */
  packGroupLeaving(group: readonly number[], maxBins: number, abortAbove: number): Decoded | null {
    if (this.fillBins) return this.fillLeaving(group, maxBins, abortAbove)
    let best: Decoded | null = null
    let limit = abortAbove
    for (const rank of this.ranks) {
      const order = [...group].sort((a, b) => (rank[a] as number) - (rank[b] as number))
      for (const rule of this.groupRules) {
        const result = this.decode(order, this.freeTurns, rule, maxBins, limit)
        if (result !== null && (best === null || result.leftArea < best.leftArea)) {
          best = result
          limit = result.leftArea
          if (limit === 0) return best
        }
      }
    }
    return best
  }

  private fillLeaving(group: readonly number[], maxBins: number, abortAbove: number): Decoded | null {
    const groups = (this.fillBins as FillBins)(group, maxBins, (work) => (this.work += work))
    const bins: PackBin[] = []
    for (const g of groups) {
      const result = this.decode(g, this.freeTurns, 0, 1, 0)
      if (result === null) throw new Error('internal: a filled sheet does not hold its items')
      bins.push(...result.bins)
    }
    const inside = new Set(groups.flat())
    const left = group.filter((item) => !inside.has(item))
    const leftArea = left.reduce((sum, item) => sum + (this.area[item] as number), 0)
    return leftArea > abortAbove ? null : { bins, left, leftArea }
  }
}

function compareDesc(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}
