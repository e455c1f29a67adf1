import { familyOf } from '../catalog'
import type { Piece } from '../catalog/types'
import { vec3, type Vec3 } from '../units/vec'
import type { Prop } from './types'

/** Bounding size of a prop in its own frame, model mm (x width, y height, z depth). */
export function propSize(prop: Prop): Vec3 {
  const family = familyOf(prop.kind)
  return family ? family.size(prop.params) : vec3(10, 10, 10)
}

export function propPieces(prop: Prop): readonly Piece[] {
  return familyOf(prop.kind)?.pieces(prop.params) ?? []
}

/** Half extents of the footprint on the base after the prop's turn about the vertical. */
export function footprintHalf(prop: Prop): { x: number; z: number } {
  const s = propSize(prop)
  const a = (prop.rotation.y * Math.PI) / 180
  const c = Math.abs(Math.cos(a))
  const n = Math.abs(Math.sin(a))
  return { x: (s.x * c + s.z * n) / 2, z: (s.x * n + s.z * c) / 2 }
}
