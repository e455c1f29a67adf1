import { toModelMm, type ModelScale } from './scale'

export interface ImagePoint {
  readonly x: number
  readonly y: number
}

/**
 * The model width a reference photo must have so that two points marked on it lie `realMm` apart in the real
 * world at the scene's scale: a door 0.9 m wide in the photo becomes 25.7 mm at 1:35. Undefined when the points
 * coincide or the distance is not a positive number.
 */
export function calibratedWidthMm(
  imageWidthPx: number,
  a: ImagePoint,
  b: ImagePoint,
  realMm: number,
  scale: ModelScale,
): number | undefined {
  const pixels = Math.hypot(b.x - a.x, b.y - a.y)
  if (!(pixels > 0) || !(realMm > 0) || !(imageWidthPx > 0)) return undefined
  return (imageWidthPx * toModelMm(realMm, scale)) / pixels
}
