import fc from 'fast-check'
import { defaultParams } from '../../../src/domain/catalog/index'
import { oilDrum } from '../../../src/domain/catalog/rust/oilDrum'
import type { Direction, OutlinePoint, Part, Piece, PropFamily } from '../../../src/domain/catalog/types'

/** Helpers the catalog tests share: each piece's box worked out from its shape, independently of the families. */

export type Params = Record<string, number>
export const defaults = (family: PropFamily): Params => defaultParams(family)
export const withDefaults = (family: PropFamily, params: Params): Params => ({
  ...defaults(family),
  ...params,
})

import { extentOf, type Extent } from '../../../src/domain/catalog/pieceBounds'

export { extentOf, type Extent }
const axisOf = (d: Direction) => d[1] as 'x' | 'y' | 'z'

/** Twice the signed area of an outline (positive when counter-clockwise). */
export const outlineArea2 = (outline: readonly OutlinePoint[]): number =>
  outline.reduce((sum, q, i) => {
    const n = outline[(i + 1) % outline.length] ?? q
    return sum + q.x * n.y - n.x * q.y
  }, 0)

/** Whether two edges that share no corner cross or touch. */
function edgesMeet(a: OutlinePoint, b: OutlinePoint, c: OutlinePoint, d: OutlinePoint): boolean {
  const cross = (p: OutlinePoint, q: OutlinePoint, r: OutlinePoint) =>
    (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
  const d1 = cross(c, d, a)
  const d2 = cross(c, d, b)
  const d3 = cross(a, b, c)
  const d4 = cross(a, b, d)
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
}

/** A simple polygon: no repeated corner, no two edges that cross. Earcut (inside three) needs one. */
export function isSimple(outline: readonly OutlinePoint[]): boolean {
  const n = outline.length
  const at = (i: number) => outline[i % n] as OutlinePoint
  for (let i = 0; i < n; i++) {
    if (at(i).x === at(i + 1).x && at(i).y === at(i + 1).y) return false
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue
      if (edgesMeet(at(i), at(i + 1), at(j), at(j + 1))) return false
    }
  }
  return true
}

/** Every piece dimension must be a real, positive size, and its shape well formed. */
export function pieceDims(piece: Piece): number[] {
  switch (piece.shape) {
    case 'box':
      return [piece.size.x, piece.size.y, piece.size.z]
    case 'cylinder':
      return [piece.radiusMm, piece.lengthMm]
    case 'corrugated':
      return [piece.lengthMm, piece.widthMm, piece.pitchMm, piece.depthMm]
    case 'rock':
      return [piece.size.x, piece.size.y, piece.size.z, piece.crumple + 1]
    case 'elbow': {
      const [a, b] = piece.ends
      // A bend tighter than its own pipe turns inside out; its ends must be square to each other.
      return [piece.radiusMm, piece.bendRadiusMm - piece.radiusMm + 1e-12, axisOf(a) === axisOf(b) ? 0 : 1]
    }
    case 'tube':
      return [piece.innerRadiusMm, piece.radiusMm - piece.innerRadiusMm, piece.lengthMm]
    case 'prism':
      return [piece.depthMm, Math.abs(outlineArea2(piece.outline)), isSimple(piece.outline) ? 1 : 0]
    case 'terrain':
      return [piece.size.x, piece.size.y, piece.size.z, piece.bumpMm + 1, piece.size.y - piece.bumpMm]
  }
}

/** Every number a part carries, for finiteness checks. */
export function partNumbers(part: Part): number[] {
  switch (part.stock) {
    case 'balsa-sheet':
    case 'styrene-sheet':
    case 'balsa-strip':
      return [part.thicknessMm, part.lengthMm, part.widthMm, part.count]
    case 'kitchen-foil':
      return [part.areaMm2, part.count]
    case 'plaster':
      return [part.volumeMm3, part.count]
    default:
      return [part.diameterMm, part.lengthMm, part.count]
  }
}

const TOLERANCE_MM = 1e-9

/**
 * By design the drum's rolling hoops stand proud of the body, and the family's size is the body's
 * (16.3 x 24.3 mm for a 205 L drum at 1:35), so the hoops may reach out by half a hoop on x and z.
 */
export const proudMm = (family: PropFamily, p: Params): number =>
  family.kind === oilDrum.kind ? Math.max(0.2, (p.diameterMm ?? 0) * 0.02) / 2 : 0

/** The problems with a family's pieces for `p`: origin at the centre of the underside, all inside `size`. */
export function pieceProblems(family: PropFamily, p: Params): string[] {
  const size = family.size(p)
  const side = TOLERANCE_MM + proudMm(family, p)
  const problems: string[] = []
  family.pieces(p).forEach((piece, i) => {
    const { min, max } = extentOf(piece)
    const fail = (what: string) => problems.push(`${family.kind} piece ${i} (${piece.shape}): ${what}`)
    if (pieceDims(piece).some((d) => !(d > 0))) fail(`bad size ${JSON.stringify(pieceDims(piece))}`)
    if (min.x < -size.x / 2 - side || max.x > size.x / 2 + side)
      fail(`x ${min.x}..${max.x} outside ±${size.x / 2}`)
    if (min.y < -TOLERANCE_MM || max.y > size.y + TOLERANCE_MM)
      fail(`y ${min.y}..${max.y} outside 0..${size.y}`)
    if (min.z < -size.z / 2 - side || max.z > size.z / 2 + side)
      fail(`z ${min.z}..${max.z} outside ±${size.z / 2}`)
  })
  return problems
}

/** The box round all the pieces: the bounding size should be tight, not just large enough. */
export function piecesSpan(family: PropFamily, p: Params): Extent {
  const boxes = family.pieces(p).map(extentOf)
  const pick = (f: (e: Extent) => number, agg: (...n: number[]) => number) => agg(...boxes.map(f))
  return {
    min: {
      x: pick((e) => e.min.x, Math.min),
      y: pick((e) => e.min.y, Math.min),
      z: pick((e) => e.min.z, Math.min),
    },
    max: {
      x: pick((e) => e.max.x, Math.max),
      y: pick((e) => e.max.y, Math.max),
      z: pick((e) => e.max.z, Math.max),
    },
  }
}

/** Any values within each parameter's own range; whether they pass the family's rules is up to the test. */
export const paramsArb = (family: PropFamily): fc.Arbitrary<Params> =>
  fc.record(
    Object.fromEntries(
      Object.entries(family.params).map(([name, spec]) => [
        name,
        spec.integer
          ? fc.integer({ min: spec.min, max: spec.max })
          : fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true }),
      ]),
    ),
  ) as fc.Arbitrary<Params>

/** Values within range that the family's rules accept. */
export const consistentArb = (family: PropFamily): fc.Arbitrary<Params> =>
  paramsArb(family).filter((p) => family.check?.(p) === undefined)
