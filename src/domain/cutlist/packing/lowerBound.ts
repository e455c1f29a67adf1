/**
 * Lower bounds on the number of sheets, so the search can stop as soon as a layout is provably optimal.
 * Bounds of Martello & Vigo (1998) for fixed orientation; an item that may turn is replaced by the square of its
 * shorter side, which any layout of the real item also contains, so the same bounds stay valid.
 */

export interface BoundItem {
  readonly w: number
  readonly h: number
  readonly canRotate: boolean
}

export function sheetLowerBound(items: readonly BoundItem[], width: number, height: number): number {
  if (items.length === 0) return 0
  const binArea = width * height
  const area = items.reduce((sum, item) => sum + item.w * item.h, 0)
  let bound = ceilDiv(area, binArea)
  const fixed = items.map((item) => {
    const side = Math.min(item.w, item.h)
    return item.canRotate ? { w: side, h: side } : { w: item.w, h: item.h }
  })
  const flipped = fixed.map((item) => ({ w: item.h, h: item.w }))
  bound = Math.max(bound, stripBound(fixed, width, height), stripBound(flipped, height, width))
  bound = Math.max(bound, midlineBound(fixed, width, height), midlineBound(flipped, height, width))
  return Math.max(bound, bigItemBound(fixed, width, height))
}

/** Sizes sum kerfs in floating point: two parts that fit exactly side by side must not read as too wide. */
const ROUNDING = 1e-9

function ceilDiv(a: number, b: number): number {
  return Math.max(0, Math.ceil(a / b - ROUNDING))
}

interface Size {
  readonly w: number
  readonly h: number
}

/** Most thresholds tried per bound: any threshold gives a valid bound, so many distinct sizes are sampled. */
const MAX_THRESHOLDS = 48

/** Thresholds q worth trying: sizes up to half the sheet (a spread of them when many), and half the sheet. */
function thresholds(values: readonly number[], limit: number): number[] {
  const sizes = [...new Set(values.filter((v) => v <= limit / 2))].sort((a, b) => a - b)
  const step = Math.max(1, sizes.length / MAX_THRESHOLDS)
  const picked: number[] = []
  for (let i = sizes.length - 1; i >= 0; i -= step) picked.push(sizes[Math.floor(i)] as number)
  return [...picked, limit / 2]
}

/**
 * An item wider than W - q blocks its whole horizontal band for items at least q wide (two such items cannot sit
 * side by side), so it counts as h * W against every item of width q .. W - q.
 */
function stripBound(items: readonly Size[], width: number, height: number): number {
  let best = 0
  for (const q of thresholds(
    items.map((i) => i.w),
    width,
  )) {
    let load = 0
    for (const item of items) {
      if (item.w > width - q + ROUNDING) load += item.h * width
      else if (item.w >= q) load += item.w * item.h
    }
    best = Math.max(best, ceilDiv(load, width * height))
  }
  return best
}

/**
 * Items taller than half the sheet all cross its middle line, so their widths form a one-dimensional bin
 * packing problem; its bound L2 of Martello & Toth.
 */
function midlineBound(items: readonly Size[], width: number, height: number): number {
  const sizes = items.filter((i) => i.h > height / 2 + ROUNDING).map((i) => i.w)
  return oneDimensionalBound(sizes, width)
}

/** Martello-Toth L2 for one-dimensional bin packing (also used by the length cutter). */
export function oneDimensionalBound(sizes: readonly number[], capacity: number): number {
  if (sizes.length === 0) return 0
  let best = ceilDiv(
    sizes.reduce((a, b) => a + b, 0),
    capacity,
  )
  for (const alpha of [0, ...thresholds(sizes, capacity)]) {
    let big = 0
    let middle = 0
    let middleSum = 0
    let smallSum = 0
    for (const s of sizes) {
      if (s > capacity - alpha) big++
      else if (s > capacity / 2 + ROUNDING) {
        middle++
        middleSum += s
      } else if (s >= alpha) smallSum += s
    }
    const room = middle * capacity - middleSum
    best = Math.max(best, big + middle + ceilDiv(smallSum - room, capacity))
  }
  return best
}

/**
 * Martello-Vigo L2: items larger than half the sheet both ways each need a sheet of their own; the very large
 * ones leave no room for an item at least q by p, the others leave their free area for such items.
 */
function bigItemBound(items: readonly Size[], width: number, height: number): number {
  const qs = thresholds(
    items.map((i) => i.w),
    width,
  )
  const ps = thresholds(
    items.map((i) => i.h),
    height,
  )
  const binArea = width * height
  let best = 0
  for (const q of qs) {
    for (const p of ps) {
      let k1 = 0
      let k2 = 0
      let k2Area = 0
      let k3Area = 0
      for (const item of items) {
        if (item.w > width - q && item.h > height - p) k1++
        else if (item.w > width / 2 + ROUNDING && item.h > height / 2 + ROUNDING) {
          k2++
          k2Area += item.w * item.h
        } else if (item.w >= q && item.h >= p) k3Area += item.w * item.h
      }
      best = Math.max(best, k1 + k2 + ceilDiv(k3Area - (k2 * binArea - k2Area), binArea))
    }
  }
  return best
}
