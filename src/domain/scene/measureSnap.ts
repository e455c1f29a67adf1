import { applyMatrix, rotationMatrix } from '../units/rotation'
import { vec3, type Vec3 } from '../units/vec'
import { propSize } from './propGeometry'
import type { Prop } from './types'

/** The eight corners of a prop's own box (x and z centred on its origin, y from 0 up), turned and placed. */
export function propCorners(prop: Prop): Vec3[] {
  const size = propSize(prop)
  const m = rotationMatrix(prop.rotation)
  const { x: px, y: py, z: pz } = prop.position
  const corners: Vec3[] = []
  for (const y of [0, size.y])
    for (const z of [-size.z / 2, size.z / 2])
      for (const x of [-size.x / 2, size.x / 2]) {
        const c = applyMatrix(m, vec3(x, y, z))
        corners.push(vec3(px + c.x, py + c.y, pz + c.z))
      }
  return corners
}

/**
 * The twelve edges of that box as pairs of corner indices (propCorners' order: x fastest, then z, then y):
 * four along x, four along z, four upright.
 */
export const BOX_EDGES: readonly (readonly [number, number])[] = [
  [0, 1],
  [2, 3],
  [4, 5],
  [6, 7],
  [0, 2],
  [1, 3],
  [4, 6],
  [5, 7],
  [0, 4],
  [1, 5],
  [2, 6],
  [3, 7],
]

export interface ScreenPoint {
  readonly x: number
  readonly y: number
}

export type SnapKind = 'corner' | 'edge' | 'surface'

export interface SnappedPoint {
  readonly point: Vec3
  readonly kind: SnapKind
}

/** Snapping reach on screen, CSS px: a corner within it wins, then an edge within it. */
export const MEASURE_SNAP_PX = 12

const lerp = (a: Vec3, b: Vec3, t: number) =>
  vec3(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t)

/** How far along a–b (0..1) the point of the segment nearest to p lies, on screen. */
function along(a: ScreenPoint, b: ScreenPoint, p: ScreenPoint): number {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const len2 = dx * dx + dy * dy
  return len2 === 0 ? 0 : Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2))
}

const apart = (a: ScreenPoint, b: ScreenPoint) => Math.hypot(a.x - b.x, a.y - b.y)

/**
 * Where a click of the measuring tape lands: on a corner of the clicked prop when the pointer is within
 * `reachPx` of one on screen, else on the nearest of its edges within reach, else on the surface point
 * that was hit. Measured on screen, as the maker aims; an edge point is taken at the same fraction of the
 * edge as on screen (exact for an orthographic view, close for a perspective one at these distances).
 */
export function snapMeasurePoint(
  hit: Vec3,
  corners: readonly Vec3[],
  pointer: ScreenPoint,
  toScreen: (p: Vec3) => ScreenPoint,
  reachPx: number = MEASURE_SNAP_PX,
): SnappedPoint {
  const screen = corners.map(toScreen)
  let best: SnappedPoint | undefined
  let bestPx = reachPx
  screen.forEach((s, i) => {
    const px = apart(s, pointer)
    if (px <= bestPx) {
      bestPx = px
      best = { point: corners[i] as Vec3, kind: 'corner' }
    }
  })
  if (best) return best
  bestPx = reachPx
  for (const [i, j] of BOX_EDGES) {
    const a = screen[i]
    const b = screen[j]
    if (!a || !b) continue
    const t = along(a, b, pointer)
    const px = apart({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }, pointer)
    if (px <= bestPx) {
      bestPx = px
      best = { point: lerp(corners[i] as Vec3, corners[j] as Vec3, t), kind: 'edge' }
    }
  }
  return best ?? { point: hit, kind: 'surface' }
}
