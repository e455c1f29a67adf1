/** Small helpers for page rectangles and points in millimetres. */
import type { PointMm, RectMm, SegmentMm } from './types'

export const rect = (xMm: number, yMm: number, widthMm: number, heightMm: number): RectMm => ({
  xMm,
  yMm,
  widthMm,
  heightMm,
})
export const topOf = (r: RectMm): number => r.yMm + r.heightMm
export const rightOf = (r: RectMm): number => r.xMm + r.widthMm
/** Shrinks a rectangle by the given amount on its left and bottom sides. */
export const insetLeftBottom = (r: RectMm, leftMm: number, bottomMm: number): RectMm =>
  rect(r.xMm + leftMm, r.yMm + bottomMm, r.widthMm - leftMm, r.heightMm - bottomMm)
export const segment = (x1: number, y1: number, x2: number, y2: number): SegmentMm => ({
  from: { xMm: x1, yMm: y1 },
  to: { xMm: x2, yMm: y2 },
})
export const movePoint = (p: PointMm, by: PointMm): PointMm => ({ xMm: p.xMm + by.xMm, yMm: p.yMm + by.yMm })
export const moveRect = (r: RectMm, by: PointMm): RectMm => ({ ...r, ...movePoint(r, by) })
