import type * as THREE from 'three'

/** Vertices closer than this (mm) are the same point: seams in three's primitives repeat their positions. */
const WELD_MM = 1e-4

/**
 * Edges of a triangle mesh not shared by exactly two triangles, after welding repeated positions: 0 means the
 * surface is closed, as a slicer needs. Degenerate triangles (two corners at one point) are ignored.
 */
export function openEdgeCount(positions: ArrayLike<number>, index?: ArrayLike<number>): number {
  const ids = new Map<string, number>()
  const vertexId = (i: number) => {
    const key = `${Math.round(positions[i * 3]! / WELD_MM)},${Math.round(positions[i * 3 + 1]! / WELD_MM)},${Math.round(positions[i * 3 + 2]! / WELD_MM)}`
    let id = ids.get(key)
    if (id === undefined) ids.set(key, (id = ids.size))
    return id
  }
  const corner = (t: number, c: number) => vertexId(index ? index[t * 3 + c]! : t * 3 + c)
  const triangles = (index ? index.length : positions.length / 3) / 3
  const edges = new Map<string, number>()
  for (let t = 0; t < triangles; t++) {
    const v = [corner(t, 0), corner(t, 1), corner(t, 2)]
    if (v[0] === v[1] || v[1] === v[2] || v[0] === v[2]) continue
    for (let e = 0; e < 3; e++) {
      const a = v[e]!
      const b = v[(e + 1) % 3]!
      const key = a < b ? `${a}:${b}` : `${b}:${a}`
      edges.set(key, (edges.get(key) ?? 0) + 1)
    }
  }
  let open = 0
  for (const n of edges.values()) if (n !== 2) open++
  return open
}

export const geometryOpenEdges = (g: THREE.BufferGeometry): number =>
  openEdgeCount(g.getAttribute('position').array, g.index?.array)
