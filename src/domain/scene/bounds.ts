import { applyMatrix, rotationMatrix } from '../units/rotation'
import { AXES, vec3, type Axis, type Vec3 } from '../units/vec'
import { propSize } from './propGeometry'
import type { Prop } from './types'

/** An axis-aligned box in the scene frame, model mm. */
export interface Box {
  readonly min: Vec3
  readonly max: Vec3
}

/** Boxes of props by object: props are immutable, so a prop's box never changes while it is alive. */
const boxes = new WeakMap<Prop, Box>()

/**
 * The scene-frame bounding box of a prop (standing at `position`, by default its own): its own box (x and z
 * centred on the origin, y from 0 up) turned by its full rotation, so a drum lying on its side is long and
 * low. Align, distribute, stacking and the selection centre all measure props by it.
 */
export function propBox(prop: Prop, position: Vec3 = prop.position): Box {
  const at = position === prop.position ? boxes.get(prop) : undefined
  if (at) return at
  const size = propSize(prop)
  const m = rotationMatrix(prop.rotation)
  const centre = applyMatrix(m, vec3(0, size.y / 2, 0))
  // A turned box's half extent along a scene axis: each of its own half sizes weighed by how far it turns there.
  const h = vec3(
    (Math.abs(m[0]) * size.x + Math.abs(m[1]) * size.y + Math.abs(m[2]) * size.z) / 2,
    (Math.abs(m[3]) * size.x + Math.abs(m[4]) * size.y + Math.abs(m[5]) * size.z) / 2,
    (Math.abs(m[6]) * size.x + Math.abs(m[7]) * size.y + Math.abs(m[8]) * size.z) / 2,
  )
  const box = {
    min: vec3(position.x + centre.x - h.x, position.y + centre.y - h.y, position.z + centre.z - h.z),
    max: vec3(position.x + centre.x + h.x, position.y + centre.y + h.y, position.z + centre.z + h.z),
  }
  if (position === prop.position) boxes.set(prop, box)
  return box
}

export function unionBox(list: readonly Box[]): Box | undefined {
  if (list.length === 0) return undefined
  const pick = (f: (a: number, b: number) => number, side: 'min' | 'max') => {
    const first = list[0] as Box
    const v = { x: first[side].x, y: first[side].y, z: first[side].z }
    for (const b of list) for (const axis of AXES) v[axis] = f(v[axis], b[side][axis])
    return v
  }
  return { min: pick(Math.min, 'min'), max: pick(Math.max, 'max') }
}

export const boxCentre = (b: Box): Vec3 =>
  vec3((b.min.x + b.max.x) / 2, (b.min.y + b.max.y) / 2, (b.min.z + b.max.z) / 2)

export const boxSize = (b: Box, axis: Axis): number => b.max[axis] - b.min[axis]

/** Below this, boxes that touch are not taken to overlap (float dust from turning a box). */
const TOUCH_MM = 1e-6

/** Whether two footprints (boxes seen from above) overlap by more than a touch. */
export const footprintsOverlap = (a: Box, b: Box): boolean =>
  a.min.x < b.max.x - TOUCH_MM &&
  b.min.x < a.max.x - TOUCH_MM &&
  a.min.z < b.max.z - TOUCH_MM &&
  b.min.z < a.max.z - TOUCH_MM
