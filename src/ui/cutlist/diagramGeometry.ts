/**
 * The maths the cutting diagrams share, free of React: where a sheet millimetre lands in the drawing, how big a
 * label may be in its box, where the cut numbers go and how numbers read. All lengths are millimetres: the
 * drawings' viewBox is in mm, so an exported file prints at real size.
 */
import type { Cut, CutBar, SheetSize } from '../../domain/cutlist/packing'

export interface Point {
  readonly x: number
  readonly y: number
}

export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** A straight line in the drawing, e.g. a cut from where it starts to where it ends. */
export interface Stroke {
  readonly from: Point
  readonly to: Point
}

/** Cut numbers beyond this would bury a busy sheet in circles; the remaining cuts are drawn unnumbered. */
export const MAX_NUMBERED_CUTS = 40
/** Labels on roomy parts may grow this much past the body text (see baseFontMm). */
export const LABEL_MAX_EM = 1.3
/** Average advance of a sans-serif character, in ems (digits are ~0.55, capitals ~0.65). */
const CHAR_EM = 0.6
const LINE_EM = 1.2

/** 6 -> "6", 4.25 -> "4.3", 1234.5 -> "1234.5" or, grouped, "1,234.5" (fixed format, not the reader's locale). */
export function formatMm(mm: number, options: { readonly grouped?: boolean } = {}): string {
  const tenths = Math.round(Math.abs(mm) * 10)
  const whole = String(Math.floor(tenths / 10))
  const digits = options.grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole
  const sign = mm < 0 && tenths > 0 ? '-' : ''
  return `${sign}${digits}${tenths % 10 ? `.${tenths % 10}` : ''}`
}

/** A long sheet is laid on its side so it fits a wide panel (and a landscape page). */
export const shouldLieDown = (size: SheetSize): boolean => size.heightMm > 2 * size.widthMm

/**
 * Sheet millimetres (origin lower-left, y up) -> drawing coordinates (y down), the sheet filling 0..width x
 * 0..height. Lying down is a quarter turn clockwise, never a mirror: the sheet's y=0 end is then on the left and
 * its x=0 edge at the top.
 */
export interface SheetView {
  readonly lyingDown: boolean
  readonly width: number
  readonly height: number
  point(xMm: number, yMm: number): Point
  rect(xMm: number, yMm: number, widthMm: number, heightMm: number): Box
  /** A cut's centre line, from where it starts. */
  cut(cut: Cut): Stroke
}

export function sheetView(size: SheetSize): SheetView {
  const lyingDown = shouldLieDown(size)
  const point = lyingDown
    ? (xMm: number, yMm: number): Point => ({ x: yMm, y: xMm })
    : (xMm: number, yMm: number): Point => ({ x: xMm, y: size.heightMm - yMm })
  return {
    lyingDown,
    width: lyingDown ? size.heightMm : size.widthMm,
    height: lyingDown ? size.widthMm : size.heightMm,
    point,
    rect: (xMm, yMm, widthMm, heightMm) => boxBetween(point(xMm, yMm), point(xMm + widthMm, yMm + heightMm)),
    cut: (c) =>
      c.axis === 'x'
        ? { from: point(c.atMm, c.fromMm), to: point(c.atMm, c.toMm) }
        : { from: point(c.fromMm, c.atMm), to: point(c.toMm, c.atMm) },
  }
}

export function boxBetween(a: Point, b: Point): Box {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(b.x - a.x),
    height: Math.abs(b.y - a.y),
  }
}

export interface SheetFrame {
  readonly viewBox: Box
  readonly captionY: number
  /** The grain arrow, beside the edge that runs along the sheet's height, and where its word goes. */
  readonly grain: { readonly line: Stroke; readonly labelAt: Point; readonly anchor: 'middle' | 'end' } | null
}

/** Margins around a drawn sheet: cut numbers may sit on its edge, the grain arrow beside it, the caption below. */
export function sheetFrame(view: SheetView, fontMm: number, grain: boolean): SheetFrame {
  const pad = fontMm * 0.9
  const left = pad + (grain && !view.lyingDown ? fontMm * 3.4 : 0)
  const top = pad + (grain && view.lyingDown ? fontMm * 1.6 : 0)
  const bottom = pad + fontMm * 1.8
  const viewBox = { x: -left, y: -top, width: view.width + left + pad, height: view.height + top + bottom }
  const at = -pad - fontMm * (view.lyingDown ? 0.5 : 1.6)
  const line: Stroke = view.lyingDown
    ? { from: { x: view.width * 0.35, y: at }, to: { x: view.width * 0.65, y: at } }
    : { from: { x: at, y: view.height * 0.35 }, to: { x: at, y: view.height * 0.65 } }
  const labelAt = view.lyingDown
    ? { x: line.from.x - fontMm * 0.5, y: at }
    : { x: at, y: line.from.y - fontMm * 0.9 }
  return {
    viewBox,
    captionY: view.height + pad + fontMm * 1.1,
    grain: grain ? { line, labelAt, anchor: view.lyingDown ? 'end' : 'middle' } : null,
  }
}

/** The ring between two rectangles (the trim band), as path data to fill with fill-rule evenodd. */
export function bandPath(outer: Box, inner: Box): string {
  const ring = (b: Box) =>
    `M${round(b.x)},${round(b.y)}h${round(b.width)}v${round(b.height)}h${round(-b.width)}z`
  return `${ring(outer)}${ring(inner)}`
}

export const roundedPoint = (p: Point): Point => ({ x: round(p.x), y: round(p.y) })

export const roundedBox = (b: Box): Box => ({
  x: round(b.x),
  y: round(b.y),
  width: round(b.width),
  height: round(b.height),
})

/**
 * Body text size for a drawing whose longer side is this long: a 45th of it, so text reads the same on screen
 * whatever the sheet's size (and is large on a real-size print of a big sheet).
 */
export const baseFontMm = (longSideMm: number): number => Math.max(longSideMm, 1) / 45

/** Largest font size (at most maxMm) at which these lines fit the box, or null below minMm. */
export function fitFontSize(
  lines: readonly string[],
  box: { readonly width: number; readonly height: number },
  limits: { readonly maxMm: number; readonly minMm: number },
): number | null {
  const longest = Math.max(1, ...lines.map((l) => [...l].length))
  const byWidth = box.width / (longest * CHAR_EM)
  const byHeight = box.height / (Math.max(1, lines.length) * LINE_EM)
  const size = Math.min(limits.maxMm, byWidth, byHeight)
  return size >= limits.minMm ? size : null
}

export interface LabelChoice {
  readonly lines: readonly string[]
  /** Smallest acceptable size for this wording; a bare tag may go smaller than a full label. */
  readonly minMm: number
}

export interface FittedLabel {
  readonly lines: readonly string[]
  readonly fontMm: number
}

/** The first wording (fullest first) that fits the box, with a margin inside it; null when none does. */
export function fitLabel(choices: readonly LabelChoice[], box: Box, maxMm: number): FittedLabel | null {
  const pad = Math.min(box.width, box.height) * 0.1
  const inner = { width: box.width - 2 * pad, height: box.height - 2 * pad }
  for (const choice of choices) {
    const fontMm = fitFontSize(choice.lines, inner, { maxMm, minMm: choice.minMm })
    if (fontMm !== null) return { lines: choice.lines, fontMm }
  }
  return null
}

/** Baseline offsets (from the box centre, in font sizes) that centre these many lines vertically. */
export const lineOffsets = (count: number): number[] =>
  Array.from({ length: count }, (_, i) => (i - (count - 1) / 2) * LINE_EM)

/**
 * Centres for numbered circles, one per stroke, in order: at the stroke's start, or slid along it until it clears
 * the circles already placed, so cuts starting at one corner stay readable (back at the start when nothing clears).
 */
export function markerCentres(strokes: readonly Stroke[], radius: number): Point[] {
  const placed: Point[] = []
  const clear = (p: Point) => placed.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= 2 * radius * 0.95)
  for (const s of strokes) {
    const length = Math.hypot(s.to.x - s.from.x, s.to.y - s.from.y)
    const ux = length > 0 ? (s.to.x - s.from.x) / length : 0
    const uy = length > 0 ? (s.to.y - s.from.y) / length : 0
    const step = 2 * radius
    const tries = Math.floor(length / step) + 1
    let chosen = s.from
    for (let i = 0; i < tries; i++) {
      const p = { x: s.from.x + ux * step * i, y: s.from.y + uy * step * i }
      if (clear(p)) {
        chosen = p
        break
      }
    }
    placed.push(chosen)
  }
  return placed
}

/** Arrowheads at both ends of a line (grain runs both ways), as polygon point lists. */
export function doubleArrowHeads(from: Point, to: Point, sizeMm: number): [string, string] {
  const head = (tip: Point, back: Point) => {
    const length = Math.hypot(tip.x - back.x, tip.y - back.y) || 1
    const ux = (tip.x - back.x) / length
    const uy = (tip.y - back.y) / length
    const bx = tip.x - ux * sizeMm
    const by = tip.y - uy * sizeMm
    const side = sizeMm * 0.45
    const pts = [tip, { x: bx - uy * side, y: by + ux * side }, { x: bx + uy * side, y: by - ux * side }]
    return pts.map((p) => `${round(p.x)},${round(p.y)}`).join(' ')
  }
  return [head(to, from), head(from, to)]
}

/** Coordinates written into the SVG: a micrometre is finer than any knife. */
export const round = (mm: number): number => Math.round(mm * 1000) / 1000

/** The leftover past the last cut of a bar (empty when the last piece runs to the bar's end). */
export function barLeftover(bar: CutBar): { readonly startMm: number; readonly lengthMm: number } | null {
  const end = Math.max(0, ...bar.pieces.map((p) => p.startMm + p.lengthMm))
  const lastCut = Math.max(0, ...bar.cutPositionsMm)
  if (bar.pieces.length === 0) return { startMm: 0, lengthMm: bar.stockLengthMm }
  if (lastCut <= end) return null
  // The cut's centre line sits half a kerf past the piece, so the leftover starts a whole kerf past it.
  const startMm = end + 2 * (lastCut - end)
  return startMm < bar.stockLengthMm ? { startMm, lengthMm: bar.stockLengthMm - startMm } : null
}

/**
 * The strip left past the last part, along the sheet's height (sheet mm, inside the trim): the piece a hobbyist
 * keeps for later. Null when it is under minMm long.
 */
export function sheetLeftover(
  placements: readonly { readonly yMm: number; readonly heightMm: number }[],
  size: SheetSize,
  trimMm: number,
  minMm = 10,
): {
  readonly xMm: number
  readonly yMm: number
  readonly widthMm: number
  readonly heightMm: number
} | null {
  const top = Math.max(trimMm, ...placements.map((p) => p.yMm + p.heightMm))
  const heightMm = size.heightMm - trimMm - top
  const widthMm = size.widthMm - 2 * trimMm
  return heightMm >= minMm && widthMm > 0 ? { xMm: trimMm, yMm: top, widthMm, heightMm } : null
}
