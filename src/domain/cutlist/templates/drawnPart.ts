/**
 * How one copy of a part is drawn: its outline, its label (inside, or in a strip above when the part is small)
 * and its grain arrow, first relative to the space it takes (its footprint), then placed on a page.
 */
import { insetLeftBottom, movePoint, moveRect, rect, segment } from './rectMm'
import type { DrawnPart, RectMm, SegmentMm, TemplatePart } from './types'

/** A part smaller than this takes its label in a strip above it instead of inside. */
const INSIDE_LABEL_MIN = { widthMm: 25, heightMm: 5 }
/** From this height the grain arrow runs along an edge; below it, a short arrow sits at the left end. */
const ROOMY_HEIGHT_MM = 12
const THIN_ARROW_MM = 20
const LABEL_STRIP_MM = 8
const LABEL_STRIP_MIN_WIDTH_MM = 30

export type Axis = 'x' | 'y'

export interface Size {
  readonly widthMm: number
  readonly heightMm: number
}

/** Outline, label and arrow relative to the bottom-left of the footprint (the space the part takes). */
export interface Dressed {
  readonly footprint: Size
  readonly outlineMm: RectMm
  readonly labelBoxMm: RectMm
  readonly labelInside: boolean
  readonly grainArrowMm: SegmentMm | null
}

export interface DressedCopy {
  readonly part: TemplatePart
  /** 1-based. */
  readonly copy: number
  readonly rotated: boolean
  readonly dressed: Dressed
}

/** The space a label strip adds above a small outline, for callers that must leave room for it. */
export const LABEL_ROOM_MM = LABEL_STRIP_MM

/** Not rotated: width along the page's x axis, length along y. */
export const pageSize = (part: TemplatePart, rotated: boolean): Size =>
  rotated
    ? { widthMm: part.lengthMm, heightMm: part.widthMm }
    : { widthMm: part.widthMm, heightMm: part.lengthMm }

export function grainAxis(part: TemplatePart, rotated: boolean): Axis | null {
  if (part.grain === 'none') return null
  return (part.grain === 'length') === rotated ? 'x' : 'y'
}

/** Puts the label inside the outline when it fits there, else in a strip just above it. */
export function dress(size: Size, axis: Axis | null): Dressed {
  const { widthMm, heightMm } = size
  const outlineMm = rect(0, 0, widthMm, heightMm)
  const inside = insideLabel(size, axis)
  if (inside) return { footprint: size, outlineMm, labelInside: true, ...inside }
  const stripMm = rect(0, heightMm + 1, Math.max(widthMm, LABEL_STRIP_MIN_WIDTH_MM), LABEL_STRIP_MM - 1)
  const footprint = { widthMm: stripMm.widthMm, heightMm: heightMm + LABEL_STRIP_MM }
  const grainArrowMm =
    axis && (axis === 'x' ? arrowAlong('x', stripMm, 1.2, 20) : arrowAlong('y', stripMm, 1.5, 6))
  const labelBoxMm = !axis
    ? stripMm
    : insetLeftBottom(stripMm, axis === 'y' ? 3.5 : 0, axis === 'x' ? 2.4 : 0)
  return { footprint, outlineMm, labelBoxMm, labelInside: false, grainArrowMm }
}

/**
 * Label box and arrow inside the outline, or null when the part is too small for them. Text is never turned, so
 * a thin part needs to lie along x; its arrow then goes to its left end, beside the text.
 */
function insideLabel(
  size: Size,
  axis: Axis | null,
): Omit<Dressed, 'footprint' | 'outlineMm' | 'labelInside'> | null {
  const { widthMm: w, heightMm: h } = size
  if (w < INSIDE_LABEL_MIN.widthMm || h < INSIDE_LABEL_MIN.heightMm) return null
  const roomy = h >= ROOMY_HEIGHT_MM
  const pad = roomy ? 1.5 : 0.75
  const textMm = rect(1.5, pad, w - 3, h - 2 * pad)
  const outlineMm = rect(0, 0, w, h)
  if (!axis) return { labelBoxMm: textMm, grainArrowMm: null }
  if (axis === 'y')
    return { labelBoxMm: insetLeftBottom(textMm, 4, 0), grainArrowMm: arrowAlong('y', outlineMm, 3, 60) }
  if (roomy)
    return { labelBoxMm: insetLeftBottom(textMm, 0, 3.5), grainArrowMm: arrowAlong('x', outlineMm, 3, 60) }
  if (w < THIN_ARROW_MM + INSIDE_LABEL_MIN.widthMm) return null
  const grainArrowMm = segment(2, h / 2, THIN_ARROW_MM, h / 2)
  return { labelBoxMm: insetLeftBottom(textMm, THIN_ARROW_MM + 1, 0), grainArrowMm }
}

function arrowAlong(axis: Axis, boxMm: RectMm, offsetMm: number, maxLengthMm: number): SegmentMm {
  const alongMm = axis === 'x' ? boxMm.widthMm : boxMm.heightMm
  const lengthMm = Math.min(alongMm - 2, maxLengthMm)
  const startMm = (alongMm - lengthMm) / 2
  return axis === 'x'
    ? segment(boxMm.xMm + startMm, boxMm.yMm + offsetMm, boxMm.xMm + startMm + lengthMm, boxMm.yMm + offsetMm)
    : segment(boxMm.xMm + offsetMm, boxMm.yMm + startMm, boxMm.xMm + offsetMm, boxMm.yMm + startMm + lengthMm)
}

/** Places a dressed copy with its footprint's bottom-left at (xMm, yMm). */
export function drawnPart(item: DressedCopy, xMm: number, yMm: number, tileName?: string): DrawnPart {
  const { part, copy, rotated, dressed } = item
  const at = { xMm, yMm }
  const thickness =
    Number.isFinite(part.thicknessMm) && part.thicknessMm > 0 ? `${mm(part.thicknessMm)} mm ` : ''
  const labelLines = [
    `${part.label} ${copy}/${part.count}${tileName ? ` – tile ${tileName}` : ''}`,
    `${mm(part.widthMm)} x ${mm(part.lengthMm)} mm`,
    `${thickness}${part.material}`,
    part.source,
  ].filter((line) => line.trim() !== '')
  const arrow = dressed.grainArrowMm
  return {
    partId: part.id,
    copy,
    count: part.count,
    rotated,
    outlineMm: moveRect(dressed.outlineMm, at),
    tile: null,
    labelLines,
    labelBoxMm: moveRect(dressed.labelBoxMm, at),
    labelInside: dressed.labelInside,
    grainArrowMm: arrow && { from: movePoint(arrow.from, at), to: movePoint(arrow.to, at) },
  }
}

/** "1.5", "120", "0.33": two decimals at most, no trailing zeros. */
const mm = (value: number): string => String(Number(value.toFixed(2)))
