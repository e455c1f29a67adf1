/**
 * Cuts of a finished sheet: how many, how long, and in which order.
 *
 * Straight cuts (guillotine): the actual cut tree. A piece of sheet is cut edge to edge, in one direction, at every
 * line no part crosses (the direction with more such lines first), and each resulting piece is cut on in turn;
 * a piece holding one part that fills it, or no part, is not cut. The order is depth first: cut a piece, then the
 * first strip completely, then the next. With a trim, four trim cuts square the sheet first.
 *
 * Knife: every part edge is a cut unless it lies on the sheet's outer edge (only possible without trim). Facing
 * edges of neighbours one kerf apart share one cut line, and collinear cuts that overlap or are at most a kerf
 * apart are one stroke of the knife: cutCount counts strokes, cutLengthMm sums their lengths. The suggested order
 * is the long strokes first, which free strips of parts before the short cuts around single parts.
 */
import { EPS } from './bin'
import type { Cut, Placement, SheetSize } from './types'

export interface WorkRect {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

interface Region {
  readonly x0: number
  readonly y0: number
  readonly x1: number
  readonly y1: number
}

/**
 * Cuts freeing every rectangle (working units: kerf-grown parts in a kerf-grown usable area, a cut at c having
 * its kerf just below c), in cutting order with from/to in working units; null when the layout is not guillotine.
 */
export function guillotineCutTree(rects: readonly WorkRect[], width: number, height: number): Cut[] | null {
  const cuts: Cut[] = []
  const ok = splitRegion({ x0: 0, y0: 0, x1: width, y1: height }, rects, cuts)
  return ok ? cuts : null
}

function splitRegion(region: Region, rects: readonly WorkRect[], cuts: Cut[]): boolean {
  if (rects.length === 0) return true
  if (rects.length === 1) {
    const r = rects[0] as WorkRect
    const fills =
      r.x <= region.x0 + EPS &&
      r.y <= region.y0 + EPS &&
      r.x + r.w >= region.x1 - EPS &&
      r.y + r.h >= region.y1 - EPS
    if (fills) return true
  }
  const xs = cutLines(
    rects,
    region.x0,
    region.x1,
    (r) => r.x,
    (r) => r.w,
  )
  const ys = cutLines(
    rects,
    region.y0,
    region.y1,
    (r) => r.y,
    (r) => r.h,
  )
  if (xs.length === 0 && ys.length === 0) return false
  const alongX =
    xs.length > ys.length || (xs.length === ys.length && region.x1 - region.x0 >= region.y1 - region.y0)
  const lines = alongX ? xs : ys
  for (const at of lines) {
    cuts.push(
      alongX
        ? { axis: 'x', atMm: at, fromMm: region.y0, toMm: region.y1 }
        : { axis: 'y', atMm: at, fromMm: region.x0, toMm: region.x1 },
    )
  }
  const bounds = [alongX ? region.x0 : region.y0, ...lines, alongX ? region.x1 : region.y1]
  for (let i = 0; i + 1 < bounds.length; i++) {
    const lo = bounds[i] as number
    const hi = bounds[i + 1] as number
    const inside = rects.filter((r) => {
      const start = alongX ? r.x : r.y
      return start >= lo - EPS && start < hi - EPS
    })
    const piece = alongX ? { ...region, x0: lo, x1: hi } : { ...region, y0: lo, y1: hi }
    if (!splitRegion(piece, inside, cuts)) return false
  }
  return true
}

/** Lines across the region that no rectangle crosses and that have material of the region on both sides. */
function cutLines(
  rects: readonly WorkRect[],
  lo: number,
  hi: number,
  start: (r: WorkRect) => number,
  size: (r: WorkRect) => number,
): number[] {
  const candidates: number[] = []
  for (const r of rects) {
    const a = start(r)
    const b = a + size(r)
    if (a > lo + EPS) candidates.push(a)
    if (b < hi - EPS) candidates.push(b)
  }
  candidates.sort((a, b) => a - b)
  const lines: number[] = []
  for (const c of candidates) {
    if (lines.length > 0 && c - (lines[lines.length - 1] as number) <= EPS) continue
    if (rects.every((r) => start(r) >= c - EPS || start(r) + size(r) <= c + EPS)) lines.push(c)
  }
  return lines
}

/** Guillotine cuts in sheet millimetres: centre of the kerf, real extent of the piece cut, trim cuts first. */
export function sheetGuillotineCuts(
  workCuts: readonly Cut[],
  sheet: SheetSize,
  kerfMm: number,
  trimMm: number,
): Cut[] {
  const trimCuts: Cut[] =
    trimMm > 0
      ? [
          { axis: 'y', atMm: trimMm - kerfMm / 2, fromMm: 0, toMm: sheet.widthMm },
          { axis: 'y', atMm: sheet.heightMm - trimMm + kerfMm / 2, fromMm: 0, toMm: sheet.widthMm },
          { axis: 'x', atMm: trimMm - kerfMm / 2, fromMm: trimMm, toMm: sheet.heightMm - trimMm },
          {
            axis: 'x',
            atMm: sheet.widthMm - trimMm + kerfMm / 2,
            fromMm: trimMm,
            toMm: sheet.heightMm - trimMm,
          },
        ]
      : []
  return [
    ...trimCuts,
    ...workCuts.map((c) => ({
      axis: c.axis,
      atMm: trimMm + c.atMm - kerfMm / 2,
      fromMm: trimMm + c.fromMm,
      toMm: trimMm + c.toMm - kerfMm,
    })),
  ]
}

interface Segment {
  readonly axis: 'x' | 'y'
  readonly at: number
  readonly from: number
  readonly to: number
}

/** Knife strokes for the placements of one sheet (see the rule at the top of this file). */
export function knifeCuts(placements: readonly Placement[], sheet: SheetSize, kerfMm: number): Cut[] {
  const segments: Segment[] = []
  const half = kerfMm / 2
  for (const p of placements) {
    const x1 = p.xMm + p.widthMm
    const y1 = p.yMm + p.heightMm
    if (p.xMm > EPS) segments.push({ axis: 'x', at: p.xMm - half, from: p.yMm, to: y1 })
    if (x1 < sheet.widthMm - EPS) segments.push({ axis: 'x', at: x1 + half, from: p.yMm, to: y1 })
    if (p.yMm > EPS) segments.push({ axis: 'y', at: p.yMm - half, from: p.xMm, to: x1 })
    if (y1 < sheet.heightMm - EPS) segments.push({ axis: 'y', at: y1 + half, from: p.xMm, to: x1 })
  }
  // Same line when the centre lines agree to a micrometre (they come from sums of decimal sizes).
  const key = (s: Segment) => `${s.axis}${Math.round(s.at * 1000)}`
  const lines = new Map<string, Segment[]>()
  for (const s of segments) {
    const line = lines.get(key(s))
    if (line) line.push(s)
    else lines.set(key(s), [s])
  }
  const strokes: Cut[] = []
  for (const line of lines.values()) {
    line.sort((a, b) => a.from - b.from)
    const first = line[0] as Segment
    let stroke: Cut = { axis: first.axis, atMm: first.at, fromMm: first.from, toMm: first.to }
    for (const s of line) {
      if (s.from <= stroke.toMm + kerfMm + EPS) {
        stroke = { ...stroke, toMm: Math.max(stroke.toMm, s.to) }
      } else {
        strokes.push(stroke)
        stroke = { axis: s.axis, atMm: s.at, fromMm: s.from, toMm: s.to }
      }
    }
    strokes.push(stroke)
  }
  return strokes.sort(
    (a, b) =>
      b.toMm - b.fromMm - (a.toMm - a.fromMm) ||
      a.axis.localeCompare(b.axis) ||
      a.atMm - b.atMm ||
      a.fromMm - b.fromMm,
  )
}

export const cutLength = (cuts: readonly Cut[]): number => cuts.reduce((sum, c) => sum + c.toMm - c.fromMm, 0)
