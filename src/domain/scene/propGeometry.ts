import { familyOf } from '../catalog'
import type { Piece } from '../catalog/types'
import { vec3, type Vec3 } from '../units/vec'
import { isCustomModel, type Prop } from './types'

/** Bounding size of a prop in its own frame, model mm (x width, y height, z depth). */
export function propSize(prop: Prop): Vec3 {
  if (isCustomModel(prop)) return prop.model.sizeMm
  const family = familyOf(prop.kind)
  return family ? family.size(prop.params) : vec3(10, 10, 10)
}

/**
 * What the viewport draws for a prop. A custom model is one box of its size: the placeholder shown until (or
 * instead of, when the file is not on this device) the model itself.
 */
export function propPieces(prop: Prop): readonly Piece[] {
  if (isCustomModel(prop)) {
    const size = prop.model.sizeMm
    return [{ shape: 'box', at: vec3(0, size.y / 2, 0), size }]
  }
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
