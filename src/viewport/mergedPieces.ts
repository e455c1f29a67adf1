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
    const placed = toIndexed(geometryFor(piece, seed)).translate(piece.at.x, piece.at.y, piece.at.z)
    // Balsa boxes carry two face groups (side grain 0, end grain 1): split them into their own buckets.
    // Balsa dowels and tubes take the 'round' face: their grain runs along the axis, not around it.
    if (kind === 'balsa' && (piece.shape === 'cylinder' || piece.shape === 'tube')) put(kind, 'round', placed)
    else if (kind === 'balsa' && piece.shape === 'box')
      splitGroups(placed).forEach((part, i) => part && put(kind, i === 1 ? 'end' : 'side', part))
    else put(kind, 'side', placed)
  }
  return [...buckets.values()].map((b) => {
    const geometry =
      b.geometries.length === 1 ? (b.geometries[0] as THREE.BufferGeometry) : mergeGeometries(b.geometries)
    geometry.clearGroups()
    geometry.computeBoundingSphere()
    geometry.computeBoundingBox()
    return { kind: b.kind, face: b.face, geometry }
  })
}

const KEPT = ['position', 'normal', 'uv']

/**
 * Indexed, with only position, normal and uv, so any pieces can be merged together. Shared corners are drawn
 * once (a box is 24 vertices, not 36), which more than halves the vertex work; faceted shapes get an index
 * that simply counts their vertices.
 */
function toIndexed(g: THREE.BufferGeometry): THREE.BufferGeometry {
  const out = g.clone()
  for (const name of Object.keys(out.attributes)) if (!KEPT.includes(name)) out.deleteAttribute(name)
  if (!out.index) {
    const count = out.getAttribute('position').count
    out.setIndex(
      new THREE.BufferAttribute(
        Uint32Array.from({ length: count }, (_, i) => i),
        1,
      ),
    )
  }
  return out
}

/** An indexed geometry's triangles by material index, each part with only the vertices it uses. */
function splitGroups(g: THREE.BufferGeometry): (THREE.BufferGeometry | undefined)[] {
  const index = g.index
  if (g.groups.length === 0 || !index) return [g]
  const byMaterial: number[][] = []
  for (const group of g.groups) {
    const list = (byMaterial[group.materialIndex ?? 0] ??= [])
    for (let i = group.start; i < group.start + group.count; i++) list.push(index.getX(i))
  }
  return Array.from(byMaterial, (indices) => (indices?.length ? subset(g, indices) : undefined))
}

/** The triangles `indices` name, with their vertices renumbered from 0. */
function subset(g: THREE.BufferGeometry, indices: readonly number[]): THREE.BufferGeometry {
  const renumbered = new Map<number, number>()
  const order: number[] = []
  const index = indices.map((v) => {
    let at = renumbered.get(v)
    if (at === undefined) renumbered.set(v, (at = order.push(v) - 1))
    return at
  })
  const out = new THREE.BufferGeometry()
  for (const name of KEPT) {
    const attr = g.getAttribute(name) as THREE.BufferAttribute | undefined
    if (!attr) continue
    const size = attr.itemSize
    const data = new Float32Array(order.length * size)
    order.forEach((v, i) => {
      for (let c = 0; c < size; c++) data[i * size + c] = attr.array[v * size + c] as number
    })
    out.setAttribute(name, new THREE.BufferAttribute(data, size))
  }
  out.setIndex(new THREE.BufferAttribute(Uint32Array.from(index), 1))
  return out
}
