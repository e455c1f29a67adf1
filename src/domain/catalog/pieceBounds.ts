import type { Direction, Piece } from './types'
import type { Vec3 } from '../units/vec'

/** Where each piece reaches, worked out from its shape: thumbnails, bounds and tests use it. */

export interface Extent {
  readonly min: Vec3
  readonly max: Vec3
}

const AXES = ['x', 'y', 'z'] as const
const axisOf = (d: Direction) => d[1] as 'x' | 'y' | 'z'
const signOf = (d: Direction) => (d[0] === '+' ? 1 : -1)

/** A piece's box in the prop's frame. */
export function extentOf(piece: Piece): Extent {
  const around = (half: Vec3): Extent => ({
    min: { x: piece.at.x - half.x, y: piece.at.y - half.y, z: piece.at.z - half.z },
    max: { x: piece.at.x + half.x, y: piece.at.y + half.y, z: piece.at.z + half.z },
  })
  const fromBase = (size: Vec3): Extent => ({
    min: { x: piece.at.x - size.x / 2, y: piece.at.y, z: piece.at.z - size.z / 2 },
    max: { x: piece.at.x + size.x / 2, y: piece.at.y + size.y, z: piece.at.z + size.z / 2 },
  })
  switch (piece.shape) {
    case 'box':
      return around({ x: piece.size.x / 2, y: piece.size.y / 2, z: piece.size.z / 2 })
    case 'cylinder':
    case 'tube': {
      const r = piece.radiusMm
      const l = piece.lengthMm / 2
      return around({
        x: piece.axis === 'x' ? l : r,
        y: piece.axis === 'y' ? l : r,
        z: piece.axis === 'z' ? l : r,
      })
    }
    case 'corrugated':
      return around({ x: piece.lengthMm / 2, y: piece.depthMm / 2, z: piece.widthMm / 2 })
    case 'rock':
    case 'terrain':
      // Half an ellipsoid, or a slab, standing on its flat side: `at` is the centre of that side.
      return fromBase(piece.size)
    case 'elbow': {
      // A quarter torus between its two end directions: from the bend's centre out to R + r along each
      // end direction (each end's circle lies in the plane through the centre), ±r across the bend's plane.
      const reach = piece.bendRadiusMm + piece.radiusMm
      const range = (axis: 'x' | 'y' | 'z'): [number, number] => {
        const end = piece.ends.find((d) => axisOf(d) === axis)
        if (!end) return [-piece.radiusMm, piece.radiusMm]
        return signOf(end) > 0 ? [0, reach] : [-reach, 0]
      }
      const [x, y, z] = AXES.map(range) as [[number, number], [number, number], [number, number]]
      return {
        min: { x: piece.at.x + x[0], y: piece.at.y + y[0], z: piece.at.z + z[0] },
        max: { x: piece.at.x + x[1], y: piece.at.y + y[1], z: piece.at.z + z[1] },
      }
    }
    case 'prism': {
      const xs = piece.outline.map((q) => q.x)
      const ys = piece.outline.map((q) => q.y)
      return {
        min: {
          x: piece.at.x + Math.min(...xs),
          y: piece.at.y + Math.min(...ys),
          z: piece.at.z - piece.depthMm / 2,
        },
        max: {
          x: piece.at.x + Math.max(...xs),
          y: piece.at.y + Math.max(...ys),
          z: piece.at.z + piece.depthMm / 2,
        },
      }
    }
  }
}
