import { roundTo } from './vec'

/** "12.5 mm": model sizes are shown to 0.1 mm, what a hobby knife can follow. */
export function formatMm(mm: number): string {
  return `${roundTo(mm, 1)} mm`
}

/** Real-world lengths: centimetres under a metre, metres above ("3.50 m", "45 cm"). */
export function formatPrototype(prototypeMm: number): string {
  const abs = Math.abs(prototypeMm)
  if (abs >= 1000) return `${(prototypeMm / 1000).toFixed(2)} m`
  if (abs >= 10) return `${roundTo(prototypeMm / 10, 1)} cm`
  return `${roundTo(prototypeMm, 1)} mm`
}

/** "1:35" or "1:87.1"; the ratio without float dust. */
export const formatRatio = (ratio: number): string => `1:${roundTo(ratio, 2)}`
