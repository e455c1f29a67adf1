import * as THREE from 'three'

/** Same tolerance as meshClosure.ts: three's primitives repeat positions along their seams. */
const WELD_MM = 1e-4
/** How far apart two cap centres must be to stay two vertices after welding. */
const CENTRE_APART_MM = 0.01
/** Corrugated foil has no thickness in the view; printed, it needs some. Model mm. */
export const SHEET_THICKNESS_MM = 0.3

interface Welded {
  readonly points: THREE.Vector3[]
  readonly triangles: [number, number, number][]
}

export function weld(g: THREE.BufferGeometry): Welded {
  const pos = g.getAttribute('position')
  const ids = new Map<string, number>()
  const points: THREE.Vector3[] = []
  const id = (i: number) => {
    const p = new THREE.Vector3().fromBufferAttribute(pos, i)
    const key = `${Math.round(p.x / WELD_MM)},${Math.round(p.y / WELD_MM)},${Math.round(p.z / WELD_MM)}`
    let n = ids.get(key)
    if (n === undefined) {
      ids.set(key, (n = points.length))
      points.push(p)
    }
    return n
  }
  const index = g.index
  const count = index ? index.count : pos.count
  const triangles: [number, number, number][] = []
  for (let t = 0; t < count; t += 3) {
    const tri: [number, number, number] = [0, 1, 2].map((c) => id(index ? index.getX(t + c) : t + c)) as [
      number,
      number,
      number,
    ]
    if (tri[0] !== tri[1] && tri[1] !== tri[2] && tri[0] !== tri[2]) triangles.push(tri)
  }
  return { points, triangles }
}

/** Directed edges used once: the rims of holes, walked into closed loops. */
export function boundaryLoops(triangles: readonly [number, number, number][]): number[][] {
  const uses = new Map<string, number>()
  for (const t of triangles)
    for (let e = 0; e < 3; e++) {
      const a = t[e]!
      const b = t[(e + 1) % 3]!
      const key = a < b ? `${a}:${b}` : `${b}:${a}`
      uses.set(key, (uses.get(key) ?? 0) + 1)
    }
  // A rim vertex may start two rim edges (two holes touching at a corner): keep every edge, use each once.
  const next = new Map<number, number[]>()
  for (const t of triangles)
    for (let e = 0; e < 3; e++) {
      const a = t[e]!
      const b = t[(e + 1) % 3]!
      if (uses.get(a < b ? `${a}:${b}` : `${b}:${a}`) !== 1) continue
      const out = next.get(a)
      if (out) out.push(b)
      else next.set(a, [b])
    }
  const loops: number[][] = []
  for (const [start, outs] of next) {
    while (outs.length > 0) {
      const loop = [start]
      let v = outs.pop()!
      while (v !== start) {
        loop.push(v)
        const onward = next.get(v)?.pop()
        if (onward === undefined) break
        v = onward
      }
      loops.push(...simpleLoops(loop))
    }
  }
  return loops
}

/** A rim that passes a vertex twice (two holes meeting at a corner) as loops that each pass it once. */
function simpleLoops(loop: readonly number[]): number[][] {
  const out: number[][] = []
  const path: number[] = []
  const at = new Map<number, number>()
  for (const v of loop) {
    const seen = at.get(v)
    if (seen !== undefined) {
      const cut = path.splice(seen)
      for (const u of cut) at.delete(u)
      if (cut.length >= 3) out.push(cut)
    }
    at.set(v, path.length)
    path.push(v)
  }
  if (path.length >= 3) out.push(path)
  return out
}

function toGeometry(points: readonly THREE.Vector3[], triangles: readonly number[][]): THREE.BufferGeometry {
  const array = new Float32Array(triangles.length * 9)
  triangles.forEach((t, i) => t.forEach((v, c) => points[v]!.toArray(array, i * 9 + c * 3)))
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.BufferAttribute(array, 3))
  g.computeVertexNormals()
  return g
}

/**
 * A closed version of a piece for printing: each hole (a pipe bend's open ends, a slab's underside) gets a fan
 * from its centre; a sheet with no inside at all (corrugated foil, `sheet`) is given a thickness instead and its
 * edges are stitched. Closed pieces come back welded and unchanged in shape.
 */
export function closeMesh(g: THREE.BufferGeometry, sheet = false): THREE.BufferGeometry {
  const { points, triangles } = weld(g)
  const loops = boundaryLoops(triangles)
  if (loops.length === 0) return toGeometry(points, triangles)
  if (sheet) return solidify(points, triangles, loops)
  const capped: number[][] = [...triangles]
  const centres: THREE.Vector3[] = []
  for (const loop of loops) {
    const centre = loop.reduce((c, v) => c.add(points[v]!), new THREE.Vector3()).divideScalar(loop.length)
    // Two rims over one another (a T-junction along a slab's edge) would share a centre and its edges: lift
    // each later one by a hair along its own normal, so every edge still has exactly two triangles.
    const twins = centres.filter((c) => c.distanceTo(centre) < CENTRE_APART_MM).length
    if (twins > 0) centre.addScaledVector(newellNormal(points, loop), twins * CENTRE_APART_MM)
    centres.push(centre.clone())
    const c = points.push(centre) - 1
    // The rim runs one way round its own triangles; the cap runs the other way, so normals face out.
    for (let i = 0; i < loop.length; i++) capped.push([c, loop[(i + 1) % loop.length]!, loop[i]!])
  }
  return toGeometry(points, capped)
}

/** The normal of a (roughly flat) loop by Newell's method: robust to collinear runs of points. */
function newellNormal(points: readonly THREE.Vector3[], loop: readonly number[]): THREE.Vector3 {
  const n = new THREE.Vector3()
  for (let i = 0; i < loop.length; i++) {
    const a = points[loop[i]!]!
    const b = points[loop[(i + 1) % loop.length]!]!
    n.x += (a.y - b.y) * (a.z + b.z)
    n.y += (a.z - b.z) * (a.x + b.x)
    n.z += (a.x - b.x) * (a.y + b.y)
  }
  return n.lengthSq() > 0 ? n.normalize() : n.set(0, 1, 0)
}

/** The surface, a copy moved back along the normals by the sheet thickness, and a wall along every rim. */
function solidify(
  points: THREE.Vector3[],
  triangles: readonly [number, number, number][],
  loops: readonly number[][],
): THREE.BufferGeometry {
  const normals = points.map(() => new THREE.Vector3())
  const face = new THREE.Triangle()
  const n = new THREE.Vector3()
  for (const [a, b, c] of triangles) {
    face.set(points[a]!, points[b]!, points[c]!).getNormal(n)
    for (const v of [a, b, c]) normals[v]!.add(n)
  }
  const count = points.length
  for (let v = 0; v < count; v++)
    points.push(points[v]!.clone().addScaledVector(normals[v]!.normalize(), -SHEET_THICKNESS_MM))
  const back = (v: number) => v + count
  const all: number[][] = [...triangles, ...triangles.map(([a, b, c]) => [back(a), back(c), back(b)])]
  for (const loop of loops)
    for (let i = 0; i < loop.length; i++) {
      const a = loop[i]!
      const b = loop[(i + 1) % loop.length]!
      all.push([b, a, back(a)], [b, back(a), back(b)])
    }
  return toGeometry(points, all)
}
