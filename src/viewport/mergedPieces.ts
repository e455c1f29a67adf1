import * as THREE from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { MaterialKind, Piece } from '../domain/catalog/types'
import { geometryFor } from './pieceGeometry'

/** Which side of a piece: side grain, end grain (balsa boxes), or a turned piece whose v runs along it. */
export type Face = 'side' | 'end' | 'round'

/** Shapes drawn from noise: their geometry depends on the prop's seed, the rest are shared across props. */
export const usesSeed = (pieces: readonly Piece[]): boolean =>
  pieces.some((p) => p.shape === 'rock' || p.shape === 'terrain')

/** One draw call's worth of a prop: every piece of one material (and face kind) baked into one geometry. */
export interface MergedPart {
  readonly kind: MaterialKind
  readonly face: Face
  readonly geometry: THREE.BufferGeometry
}

/**
 * A prop's pieces merged by material, so a 40-plank floor is 2 draw calls (side grain and end grain), not 40.
 * Cached by the pieces' own description: props with the same parameters share their geometry.
 */
const cache = new Map<string, readonly MergedPart[]>()

export function mergedPieces(
  pieces: readonly Piece[],
  familyMaterial: MaterialKind,
  seed: number,
  grainAcross = false,
): readonly MergedPart[] {
  const key = JSON.stringify([familyMaterial, usesSeed(pieces) ? seed : 0, grainAcross, pieces])
  let merged = cache.get(key)
  if (!merged) {
    merged = merge(grainAcross ? pieces.map(turnGrain) : pieces, familyMaterial, seed)
    cache.set(key, merged)
  }
  return merged
}

/** Grain across the part: the grain turns a quarter within the board's broad face. */
const ACROSS = { x: 'z', z: 'x', y: 'x' } as const
const turnGrain = (p: Piece): Piece => (p.shape === 'box' ? { ...p, grain: ACROSS[p.grain ?? 'x'] } : p)

function merge(pieces: readonly Piece[], familyMaterial: MaterialKind, seed: number): MergedPart[] {
  const buckets = new Map<string, { kind: MaterialKind; face: Face; geometries: THREE.BufferGeometry[] }>()
  const put = (kind: MaterialKind, face: Face, g: THREE.BufferGeometry) => {
    const k = `${kind}:${face}`
    let bucket = buckets.get(k)
    if (!bucket) buckets.set(k, (bucket = { kind, face, geometries: [] }))
    bucket.geometries.push(g)
  }
  for (const piece of pieces) {
    const kind = piece.material ?? familyMaterial
    const placed = toPlain(geometryFor(piece, seed)).translate(piece.at.x, piece.at.y, piece.at.z)
    // Balsa boxes carry two face groups (side grain 0, end grain 1): split them into their own buckets.
    // Balsa dowels and tubes take the 'round' face: their grain runs along the axis, not around it.
    if (kind === 'balsa' && (piece.shape === 'cylinder' || piece.shape === 'tube')) put(kind, 'round', placed)
    else if (kind === 'balsa' && piece.shape === 'box')
      for (const [i, part] of splitGroups(placed).entries()) put(kind, i === 1 ? 'end' : 'side', part)
    else put(kind, 'side', placed)
  }
  return [...buckets.values()].map((b) => {
    const geometry =
      b.geometries.length === 1 ? (b.geometries[0] as THREE.BufferGeometry) : mergeGeometries(b.geometries)
    geometry.computeBoundingSphere()
    geometry.computeBoundingBox()
    return { kind: b.kind, face: b.face, geometry }
  })
}

/** Non-indexed, with only position, normal and uv, so any pieces can be merged together. */
function toPlain(g: THREE.BufferGeometry): THREE.BufferGeometry {
  const plain = g.index ? g.toNonIndexed() : g.clone()
  for (const name of Object.keys(plain.attributes))
    if (!['position', 'normal', 'uv'].includes(name)) plain.deleteAttribute(name)
  return plain
}

/** A non-indexed geometry's triangles by material index: [index 0 triangles, index 1 triangles]. */
function splitGroups(g: THREE.BufferGeometry): THREE.BufferGeometry[] {
  if (g.groups.length === 0) return [g]
  const byIndex: number[][] = []
  for (const group of g.groups) {
    const list = (byIndex[group.materialIndex ?? 0] ??= [])
    for (let v = group.start; v < group.start + group.count; v++) list.push(v)
  }
  return byIndex.map((vertices) => {
    const out = new THREE.BufferGeometry()
    for (const [name, attr] of Object.entries(g.attributes) as [string, THREE.BufferAttribute][]) {
      const size = attr.itemSize
      const data = new Float32Array(vertices.length * size)
      vertices.forEach((v, i) => {
        for (let c = 0; c < size; c++) data[i * size + c] = attr.array[v * size + c] as number
      })
      out.setAttribute(name, new THREE.BufferAttribute(data, size))
    }
    return out
  })
}
