import { vec3, type Vec3 } from '../units/vec'
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

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n))

/** A position brought within the base's reach. */
export function clampToReach(base: Baseboard, v: Vec3): Vec3 {
  const r = reach(base)
  return vec3(clamp(v.x, ...r.x), clamp(v.y, ...r.y), clamp(v.z, ...r.z))
}

/**
 * `delta` shortened, axis by axis, so that every one of `positions` stays within reach: a group moved
 * against the edge stops there whole, keeping its shape. A position already beyond reach may move back, never
 * further out.
 */
export function deltaWithinReach(base: Baseboard, positions: readonly Vec3[], delta: Vec3): Vec3 {
  const r = reach(base)
  const along = (axis: 'x' | 'y' | 'z') => {
    const [lo, hi] = r[axis]
    let d = delta[axis]
    for (const p of positions) {
      if (d > 0) d = Math.max(0, Math.min(d, hi - p[axis]))
      else if (d < 0) d = Math.min(0, Math.max(d, lo - p[axis]))
    }
    return d
  }
  return vec3(along('x'), along('y'), along('z'))
}
