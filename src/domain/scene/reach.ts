import type { Baseboard } from './types'

/** How far from the centre a prop may stand, per axis, in model mm: half a base beyond each edge, and up. */
export function reach(base: Baseboard): Record<'x' | 'y' | 'z', readonly [number, number]> {
  return {
    x: [-base.widthMm, base.widthMm],
    y: [-base.thicknessMm, 2 * Math.max(base.widthMm, base.depthMm)],
    z: [-base.depthMm, base.depthMm],
  }
}

/** Why a position on an axis is refused, or undefined. Shared by the parse door and the inspector. */
export function reachProblem(base: Baseboard, axis: 'x' | 'y' | 'z', valueMm: number): string | undefined {
  const [lo, hi] = reach(base)[axis]
  return valueMm < lo || valueMm > hi ? `out of the base's reach (${lo} to ${hi} mm)` : undefined
}
