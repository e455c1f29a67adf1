/**
 * How repeated members (planks, studs, posts, bars, rivets) are counted and spread. Shared so that a
 * family's pieces and its parts always agree on a count.
 */

/** How many planks of a width fit across a span with gaps between them (n planks need n-1 gaps). */
export const plankCount = (spanMm: number, plankWidthMm: number, gapMm: number): number =>
  Math.max(1, Math.floor((spanMm + gapMm) / (plankWidthMm + gapMm) + 1e-9))

/**
 * How many members, spread edge to edge, keep their centres at most `maxPitchMm` apart: studs and posts,
 * which a builder places "at 400 mm centres or closer". Never fewer than one at each end.
 */
export const countAtMostApart = (spanMm: number, itemMm: number, maxPitchMm: number): number =>
  Math.max(2, Math.ceil((spanMm - itemMm) / maxPitchMm - 1e-9) + 1)

/** How many members, spread edge to edge, come nearest to a pitch: grate bars, rivet rows. */
export const countNearPitch = (spanMm: number, itemMm: number, pitchMm: number): number =>
  Math.max(2, Math.round((spanMm - itemMm) / pitchMm) + 1)

/** Centres of `count` members `itemMm` wide spread edge to edge across `spanMm` centred on 0. */
export function spreadCentres(count: number, spanMm: number, itemMm: number): number[] {
  if (count <= 1) return [0]
  const pitch = (spanMm - itemMm) / (count - 1)
  return Array.from({ length: count }, (_, i) => -spanMm / 2 + itemMm / 2 + i * pitch)
}

/** Centres of `count` members `itemMm` wide, `gapMm` apart, the group centred on 0 (planks, pickets). */
export function packedCentres(count: number, itemMm: number, gapMm: number): number[] {
  const used = count * itemMm + (count - 1) * gapMm
  return Array.from({ length: count }, (_, i) => -used / 2 + itemMm / 2 + i * (itemMm + gapMm))
}

/** Centres of `count` members `itemMm` wide, `gapMm` apart, the first one starting at 0 (boards up a wall). */
export const stackedCentres = (count: number, itemMm: number, gapMm: number): number[] =>
  Array.from({ length: count }, (_, i) => itemMm / 2 + i * (itemMm + gapMm))

/** Repeated detail beyond this many pieces per prop costs more to draw than it adds to the look. */
export const MAX_REPEATS = 200
