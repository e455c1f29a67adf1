/** A point or size in model millimetres (or an angle triple in degrees). x right, y up, z towards the viewer. */
export interface Vec3 {
  readonly x: number
  readonly y: number
  readonly z: number
}

export type Axis = 'x' | 'y' | 'z'
export const AXES: readonly Axis[] = ['x', 'y', 'z']

export const vec3 = (x: number, y: number, z: number): Vec3 => ({ x, y, z })
export const ZERO: Vec3 = vec3(0, 0, 0)
/** `d` along one axis: alongAxis('y', 2) is (0, 2, 0). */
export const alongAxis = (axis: Axis, d: number): Vec3 =>
  vec3(axis === 'x' ? d : 0, axis === 'y' ? d : 0, axis === 'z' ? d : 0)
export const addVec = (a: Vec3, b: Vec3): Vec3 => vec3(a.x + b.x, a.y + b.y, a.z + b.z)
export const sameVec = (a: Vec3, b: Vec3): boolean => a.x === b.x && a.y === b.y && a.z === b.z
/** Snap every component to a step (1 mm for the gizmo); avoids -0 and float dust like 12.000000001. */
export function snapVec(v: Vec3, stepMm: number): Vec3 {
  const s = (n: number) => Math.round(n / stepMm) * stepMm + 0
  return vec3(roundTo(s(v.x), 6), roundTo(s(v.y), 6), roundTo(s(v.z), 6))
}
export function roundTo(n: number, decimals: number): number {
  const f = 10 ** decimals
  return Math.round(n * f) / f + 0
}
