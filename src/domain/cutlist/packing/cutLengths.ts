/**
 * Pieces from bars of stock (strips, dowels, tube): `cutLengths(request)`. One-dimensional bin packing with the
 * same search as the sheets (a bar is a one-high sheet), so the sheet-emptying search does the improving.
 *
 * - Kerf: every piece grows by one kerf and the usable bar length by one kerf, as on sheets.
 * - Offcuts (stock with `available`) come first: each is filled as full as possible from the pieces left.
 * - The rest goes onto the unlimited stock lengths: packed onto each length in turn (pieces too long for it onto
 *   the longest), every bar then shrunk to the shortest length that holds it; the least total length wins.
 */
import { AS_GIVEN, EPS, type Candidate, type PackBin, type Placed } from './bin'
import type { WorkItem } from './decoder'
import { oneDimensionalBound } from './lowerBound'
import { checkLength, DEFAULT_KERF_MM, tidy } from './normalize'
import { DEFAULT_LENGTH_EFFORT, packItems } from './search'
import type { BarCut, CutBar, CutLengthsRequest, CutLengthsResult, LengthPiece, UnplacedPart } from './types'

/** Candidates examined per subset-sum fill: exact for the usual few dozen pieces, bounded for many. */
const SUBSET_NODES = 20_000
/** The same inside the search, where fills are many. */
const FILL_NODES = 2_000

/** A bar as a sheet one unit high: pieces go end to end from the start. */
class BarBin implements PackBin {
  readonly placed: Placed[] = []
  usedArea = 0

  constructor(readonly capacity: number) {}

  find(w: number, _h: number, _turns: number, out: Candidate): boolean {
    if (this.usedArea + w > this.capacity + EPS) return false
    out.x = this.usedArea
    out.y = 0
    out.w = w
    out.h = 1
    out.s1 = 0
    out.s2 = 0
    out.rotated = false
    return true
  }

  place(c: Candidate, item: number): void {
    this.placed.push({ x: c.x, y: 0, w: c.w, h: 1, item, rotated: false })
    this.usedArea += c.w
  }
}

interface Copy {
  readonly piece: LengthPiece
  readonly copy: number
  /** Kerf-grown length. */
  readonly size: number
}

interface Bar {
  stockIndex: number
  items: Copy[]
}

export function cutLengths(request: CutLengthsRequest): CutLengthsResult {
  const kerfMm = request.kerfMm ?? DEFAULT_KERF_MM
  const trimMm = request.trimMm ?? 0
  checkLength('kerfMm', kerfMm, true)
  checkLength('trimMm', trimMm, true)
  request.stock.forEach((s, i) => {
    checkLength(`stock[${i}].lengthMm`, s.lengthMm, false)
    if (s.available !== undefined && (!Number.isInteger(s.available) || s.available < 0)) {
      throw new RangeError(`stock[${i}].available must be a whole number >= 0, got ${s.available}`)
    }
  })
  const capacity = (stockIndex: number) => (request.stock[stockIndex]?.lengthMm ?? 0) - 2 * trimMm + kerfMm
  const usableStock = request.stock
    .map((_, i) => i)
    .filter((i) => capacity(i) > kerfMm && request.stock[i]?.available !== 0)
  const longest = Math.max(0, ...usableStock.map(capacity))

  const unplaced: UnplacedPart[] = []
  let pending: Copy[] = []
  const ids = new Set<string>()
  for (const piece of request.pieces) {
    if (ids.has(piece.id)) throw new RangeError(`piece id ${piece.id} appears twice`)
    ids.add(piece.id)
    checkLength(`${piece.id}.lengthMm`, piece.lengthMm, false)
    if (!Number.isInteger(piece.count) || piece.count < 0) {
      throw new RangeError(`${piece.id}.count must be a whole number >= 0, got ${piece.count}`)
    }
    const size = piece.lengthMm + kerfMm
    if (piece.count === 0) continue
    if (size > longest + EPS) unplaced.push({ partId: piece.id, count: piece.count, reason: 'too-big' })
    else for (let copy = 0; copy < piece.count; copy++) pending.push({ piece, copy, size })
  }

  const offcuts = usableStock.filter((i) => request.stock[i]?.available !== undefined)
  const bars = fillOffcuts(pending, offcuts, capacity, request)
  const used = new Set(bars.flatMap((bar) => bar.items))
  pending = pending.filter((c) => !used.has(c))

  const unlimited = usableStock.filter((i) => request.stock[i]?.available === undefined)
  const longestUnlimited = Math.max(0, ...unlimited.map(capacity))
  const noStock = new Map<string, number>()
  for (const c of pending) {
    if (c.size > longestUnlimited + EPS) noStock.set(c.piece.id, (noStock.get(c.piece.id) ?? 0) + 1)
  }
  for (const [partId, count] of noStock) unplaced.push({ partId, count, reason: 'no-stock' })
  pending = pending.filter((c) => c.size <= longestUnlimited + EPS)
  if (pending.length > 0) {
    let best: Bar[] = []
    let bestLength = Infinity
    for (const main of unlimited) {
      const option = packOnto(pending, main, unlimited, capacity, request)
      const length = option.reduce((sum, bar) => sum + (request.stock[bar.stockIndex]?.lengthMm ?? 0), 0)
      if (length < bestLength - EPS) {
        best = option
        bestLength = length
      }
    }
    bars.push(...best)
  }

  const cutBars = bars.map((bar) => describeBar(bar, request, kerfMm, trimMm))
  return {
    bars: cutBars,
    unplaced,
    stockUsedMm: cutBars.reduce((sum, bar) => sum + bar.stockLengthMm, 0),
  }
}

/** Offcuts, the longest first, each filled as full as possible from what is left. */
function fillOffcuts(
  copies: readonly Copy[],
  offcuts: readonly number[],
  capacity: (stockIndex: number) => number,
  request: CutLengthsRequest,
): Bar[] {
  const bars: Bar[] = []
  let left = [...copies]
  for (const stockIndex of [...offcuts].sort((a, b) => capacity(b) - capacity(a) || a - b)) {
    for (let n = 0; n < (request.stock[stockIndex]?.available ?? 0) && left.length > 0; n++) {
      const sizes = left.map((c) => c.size)
      const chosen = fullestSubset(sizes, [...sizes.keys()], capacity(stockIndex))
      if (chosen.length === 0) break
      const taken = new Set(chosen)
      bars.push({ stockIndex, items: chosen.map((i) => left[i] as Copy) })
      left = left.filter((_, i) => !taken.has(i))
    }
  }
  return bars
}

function packOnto(
  copies: readonly Copy[],
  main: number,
  unlimited: readonly number[],
  capacity: (stockIndex: number) => number,
  request: CutLengthsRequest,
): Bar[] {
  const longestIndex = unlimited.reduce((a, b) => (capacity(b) > capacity(a) ? b : a))
  const fitsMain = copies.filter((c) => c.size <= capacity(main) + EPS)
  const tooLong = copies.filter((c) => c.size > capacity(main) + EPS)
  const bars = [
    ...packBars(fitsMain, main, capacity, request),
    ...packBars(tooLong, longestIndex, capacity, request),
  ]
  for (const bar of bars) {
    const used = bar.items.reduce((sum, c) => sum + c.size, 0)
    for (const i of unlimited) {
      const shorter = (request.stock[i]?.lengthMm ?? 0) < (request.stock[bar.stockIndex]?.lengthMm ?? 0)
      if (shorter && used <= capacity(i) + EPS) bar.stockIndex = i
    }
  }
  return bars
}

function packBars(
  copies: readonly Copy[],
  stockIndex: number,
  capacity: (stockIndex: number) => number,
  request: CutLengthsRequest,
): Bar[] {
  if (copies.length === 0) return []
  const cap = capacity(stockIndex)
  const items: WorkItem[] = copies.map((c) => ({ w: c.size, h: 1, turns: AS_GIVEN }))
  const search = request.search ?? {}
  const started = search.timeLimitMs === undefined ? 0 : performance.now()
  const sizes = copies.map((c) => c.size)
  const bins = packItems(items, () => new BarBin(cap), {
    start: minimumSlackBars(sizes, cap),
    fillBins: (group, maxBins, spend) => fillBars(sizes, group, maxBins, cap, spend),
    ruleCount: 1,
    groupRules: [0],
    binArea: cap,
    lowerBound: oneDimensionalBound(sizes, cap),
    seed: search.seed ?? 1,
    maxWork: search.effort ?? DEFAULT_LENGTH_EFFORT,
    deadline: search.timeLimitMs === undefined ? Infinity : started + search.timeLimitMs,
    now: search.timeLimitMs === undefined ? () => 0 : () => performance.now(),
  })
  return bins.map((bin) => ({
    stockIndex,
    items: bin.placed.map((p) => copies[p.item] as Copy),
  }))
}

/** Of the candidate indices, the subset with the largest total size within the capacity (depth first, bounded). */
function fullestSubset(
  sizes: readonly number[],
  candidates: readonly number[],
  cap: number,
  spend: (work: number) => void = () => {},
  nodeLimit = SUBSET_NODES,
): number[] {
  const sorted = [...candidates].sort((a, b) => (sizes[b] as number) - (sizes[a] as number) || a - b)
  const size = (i: number) => sizes[sorted[i] as number] as number
  const suffix = new Array<number>(sorted.length + 1).fill(0)
  for (let i = sorted.length - 1; i >= 0; i--) suffix[i] = (suffix[i + 1] as number) + size(i)
  let best: number[] = []
  let bestSum = 0
  const chosen: number[] = []
  let nodes = 0
  const visit = (from: number, sum: number): void => {
    if (sum > bestSum + EPS) {
      bestSum = sum
      best = [...chosen]
    }
    for (let i = from; i < sorted.length; i++) {
      if (++nodes > nodeLimit || bestSum >= cap - EPS) return
      if (sum + (suffix[i] as number) <= bestSum + EPS) return
      // Equal sizes: skipping one copy and taking the next would repeat the same subsets.
      if (i > from && Math.abs(size(i) - size(i - 1)) <= EPS) continue
      if (sum + size(i) > cap + EPS) continue
      chosen.push(sorted[i] as number)
      visit(i + 1, sum + size(i))
      chosen.pop()
    }
  }
  visit(0, 0)
  spend(nodes)
  return best
}

/** Bars filled one after another, each as full as possible from the group (a smaller search per bar). */
function fillBars(
  sizes: readonly number[],
  group: readonly number[],
  maxBins: number,
  cap: number,
  spend: (work: number) => void,
): number[][] {
  const bars: number[][] = []
  let left = [...group]
  while (bars.length < maxBins && left.length > 0) {
    const bar = fullestSubset(sizes, left, cap, spend, FILL_NODES)
    const taken = new Set(bar)
    bars.push(bar)
    left = left.filter((i) => !taken.has(i))
  }
  return bars
}

/**
 * Minimum bin slack (Gupta & Ho; Fleszar & Hindi's MBS'): each bar takes the longest piece left, then the
 * subset of the rest that fills it best. A strong start for the search, in groups of indices.
 */
function minimumSlackBars(sizes: readonly number[], cap: number): number[][] {
  let left = [...sizes.keys()].sort((a, b) => (sizes[b] as number) - (sizes[a] as number) || a - b)
  const bars: number[][] = []
  while (left.length > 0) {
    const [first, ...rest] = left as [number, ...number[]]
    const bar = [first, ...fullestSubset(sizes, rest, cap - (sizes[first] as number))]
    const taken = new Set(bar)
    bars.push(bar)
    left = left.filter((i) => !taken.has(i))
  }
  return bars
}

function describeBar(bar: Bar, request: CutLengthsRequest, kerfMm: number, trimMm: number): CutBar {
  const stockLengthMm = request.stock[bar.stockIndex]?.lengthMm ?? 0
  const ordered = [...bar.items].sort((a, b) => b.piece.lengthMm - a.piece.lengthMm || a.copy - b.copy)
  const pieces: BarCut[] = []
  const cutPositionsMm: number[] = trimMm > 0 ? [trimMm - kerfMm / 2] : []
  let at = trimMm
  for (const c of ordered) {
    pieces.push({ pieceId: c.piece.id, copy: c.copy, startMm: tidy(at), lengthMm: c.piece.lengthMm })
    at += c.piece.lengthMm
    if (at < stockLengthMm - EPS) cutPositionsMm.push(tidy(at + kerfMm / 2))
    at += kerfMm
  }
  const wasteMm = stockLengthMm - ordered.reduce((sum, c) => sum + c.piece.lengthMm, 0)
  return {
    stockIndex: bar.stockIndex,
    stockLengthMm,
    pieces,
    cutPositionsMm,
    wasteMm: tidy(wasteMm),
    wastePct: tidy((100 * wasteMm) / stockLengthMm),
  }
}
