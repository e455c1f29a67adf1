import * as THREE from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { Direction, OutlinePoint, Piece } from '../domain/catalog/types'
import { seededRandom } from '../domain/random'
import { TEXTURE_TILE_MM } from './materials/textures'

/**
 * Geometry for a piece, shared between every piece of the same shape and size. UVs are in texture tiles
 * (model mm / TEXTURE_TILE_MM) so grain and rust keep their real size on a 10 mm block and a 300 mm beam.
 */
const cache = new Map<string, THREE.BufferGeometry>()
/** Only shapes drawn from noise depend on the prop's seed; the rest are shared across props. */
const seedOf = (p: Piece, seed: number) => (p.shape === 'rock' || p.shape === 'terrain' ? seed : 0)
const key = (p: Piece, seed: number) =>
  JSON.stringify({ ...p, at: undefined, material: undefined, seed: seedOf(p, seed) })

export function geometryFor(piece: Piece, seed: number): THREE.BufferGeometry {
  const k = key(piece, seed)
  let g = cache.get(k)
  if (!g) {
    g = build(piece, seed)
    g.computeBoundingSphere()
    cache.set(k, g)
  }
  return g
}

function build(piece: Piece, seed: number): THREE.BufferGeometry {
  switch (piece.shape) {
    case 'box':
      return grainBox(piece.size.x, piece.size.y, piece.size.z, piece.grain ?? 'x')
    case 'cylinder': {
      const g = new THREE.CylinderGeometry(piece.radiusMm, piece.radiusMm, piece.lengthMm, ROUND_SEGMENTS)
      scaleUv(g, (2 * Math.PI * piece.radiusMm) / TEXTURE_TILE_MM, piece.lengthMm / TEXTURE_TILE_MM)
      return alongAxis(g, piece.axis)
    }
    case 'corrugated':
      return corrugated(piece.lengthMm, piece.widthMm, piece.pitchMm, piece.depthMm)
    case 'rock':
      return rock(piece.size.x, piece.size.y, piece.size.z, piece.crumple, seed)
    case 'elbow':
      return elbow(piece.radiusMm, piece.bendRadiusMm, piece.ends)
    case 'tube':
      return alongAxis(tube(piece.radiusMm, piece.innerRadiusMm, piece.lengthMm), piece.axis)
    case 'prism':
      return prism(piece.outline, piece.depthMm)
    case 'terrain':
      return terrain(piece.size.x, piece.size.y, piece.size.z, piece.bumpMm, seed)
  }
}

/** Segments round anything round, so a pipe, its elbow and its tube ends line up facet for facet. */
const ROUND_SEGMENTS = 28

/** Three's round geometries stand along y; turn one to lie along the piece's axis. */
function alongAxis(g: THREE.BufferGeometry, axis: 'x' | 'y' | 'z'): THREE.BufferGeometry {
  if (axis === 'x') g.rotateZ(Math.PI / 2)
  if (axis === 'z') g.rotateX(Math.PI / 2)
  return g
}

const DIRECTIONS: Record<Direction, THREE.Vector3> = {
  '+x': new THREE.Vector3(1, 0, 0),
  '-x': new THREE.Vector3(-1, 0, 0),
  '+y': new THREE.Vector3(0, 1, 0),
  '-y': new THREE.Vector3(0, -1, 0),
  '+z': new THREE.Vector3(0, 0, 1),
  '-z': new THREE.Vector3(0, 0, -1),
}

/**
 * A quarter torus about the origin. Three builds its arc from +x round to +y; a rotation taking x and y
 * to the two end directions (and z to their cross product, so it is a turn, not a mirror) puts it in place.
 */
function elbow(
  radius: number,
  bendRadius: number,
  ends: readonly [Direction, Direction],
): THREE.BufferGeometry {
  const g = new THREE.TorusGeometry(bendRadius, radius, ROUND_SEGMENTS, 16, Math.PI / 2)
  scaleUv(g, (Math.PI * bendRadius) / 2 / TEXTURE_TILE_MM, (2 * Math.PI * radius) / TEXTURE_TILE_MM)
  const a = DIRECTIONS[ends[0]]
  const b = DIRECTIONS[ends[1]]
  return g.applyMatrix4(new THREE.Matrix4().makeBasis(a, b, new THREE.Vector3().crossVectors(a, b)))
}

/** A hollow cylinder along y: outer and inner walls and two flat rings, smooth round and sharp at the rims. */
function tube(radius: number, inner: number, length: number): THREE.BufferGeometry {
  const round = (r: number) => {
    const g = new THREE.CylinderGeometry(r, r, length, ROUND_SEGMENTS, 1, true)
    scaleUv(g, (2 * Math.PI * r) / TEXTURE_TILE_MM, length / TEXTURE_TILE_MM)
    return g
  }
  const bore = round(inner)
  // Turn the bore inside out: reversed triangles and normals, so it is seen from the tube's axis.
  const index = bore.getIndex() as THREE.BufferAttribute
  for (let i = 0; i < index.count; i += 3) {
    const b = index.getX(i + 1)
    index.setX(i + 1, index.getX(i + 2))
    index.setX(i + 2, b)
  }
  const normal = bore.getAttribute('normal') as THREE.BufferAttribute
  for (let i = 0; i < normal.count; i++) normal.setXYZ(i, -normal.getX(i), -normal.getY(i), -normal.getZ(i))
  const ring = (y: number, facing: 1 | -1) => {
    const g = new THREE.RingGeometry(inner, radius, ROUND_SEGMENTS)
    g.rotateX(-facing * (Math.PI / 2))
    g.translate(0, y, 0)
    planarUv(g)
    return g
  }
  const merged = mergeGeometries([round(radius), bore, ring(length / 2, 1), ring(-length / 2, -1)])
  if (!merged) throw new Error('tube: parts of different layouts cannot merge')
  return merged
}

/** UVs from x and z in texture tiles: for faces seen from above or below. */
function planarUv(g: THREE.BufferGeometry) {
  const pos = g.getAttribute('position') as THREE.BufferAttribute
  const uv = g.getAttribute('uv') as THREE.BufferAttribute
  for (let i = 0; i < pos.count; i++)
    uv.setXY(i, pos.getX(i) / TEXTURE_TILE_MM, pos.getZ(i) / TEXTURE_TILE_MM)
}

/** An outline in x-y extruded along z, centred on z = 0. Flat faces with sharp edges, as cut from sheet. */
function prism(outline: readonly OutlinePoint[], depth: number): THREE.BufferGeometry {
  const shape = new THREE.Shape(outline.map((q) => new THREE.Vector2(q.x, q.y)))
  const g = new THREE.ExtrudeGeometry(shape, { depth, bevelEnabled: false, steps: 1 })
  g.translate(0, 0, -depth / 2)
  // Extrude's own UVs are in model units already: x-y on the caps, along the outline and z on the sides.
  scaleUv(g, 1 / TEXTURE_TILE_MM, 1 / TEXTURE_TILE_MM)
  return g
}

function scaleUv(g: THREE.BufferGeometry, su: number, sv: number) {
  const uv = g.getAttribute('uv') as THREE.BufferAttribute
  for (let i = 0; i < uv.count; i++) uv.setXY(i, uv.getX(i) * su, uv.getY(i) * sv)
}

/**
 * A box whose texture u runs along the grain. BoxGeometry's face groups are +x, -x, +y, -y, +z, -z; the two
 * faces across the grain get material index 1 (end grain), the rest index 0.
 */
function grainBox(x: number, y: number, z: number, grain: 'x' | 'y' | 'z'): THREE.BufferGeometry {
  // Build with the grain along x, then turn the box so it runs along the asked axis.
  const [gx, gy, gz] = grain === 'x' ? [x, y, z] : grain === 'z' ? [z, y, x] : [y, x, z]
  const g = new THREE.BoxGeometry(gx, gy, gz)
  const faceSize: [number, number][] = [
    [gz, gy],
    [gz, gy],
    [gx, gz],
    [gx, gz],
    [gx, gy],
    [gx, gy],
  ]
  const uv = g.getAttribute('uv') as THREE.BufferAttribute
  faceSize.forEach(([su, sv], face) => {
    for (let i = face * 4; i < face * 4 + 4; i++)
      uv.setXY(i, (uv.getX(i) * su) / TEXTURE_TILE_MM, (uv.getY(i) * sv) / TEXTURE_TILE_MM)
  })
  g.clearGroups()
  for (let face = 0; face < 6; face++) g.addGroup(face * 6, 6, face < 2 ? 1 : 0)
  if (grain === 'z') g.rotateY(Math.PI / 2)
  if (grain === 'y') g.rotateZ(Math.PI / 2)
  return g
}

/** A sine-corrugated sheet lying in x-z, waves across z, centred on its mid-plane. */
function corrugated(length: number, width: number, pitch: number, depth: number): THREE.BufferGeometry {
  const segments = Math.min(2000, Math.max(8, Math.ceil((width / pitch) * 10)))
  const g = new THREE.PlaneGeometry(length, width, 1, segments)
  g.rotateX(-Math.PI / 2)
  const pos = g.getAttribute('position') as THREE.BufferAttribute
  for (let i = 0; i < pos.count; i++) pos.setY(i, (depth / 2) * Math.sin((2 * Math.PI * pos.getZ(i)) / pitch))
  scaleUv(g, length / TEXTURE_TILE_MM, width / TEXTURE_TILE_MM)
  g.computeVertexNormals()
  return g
}

/** Crumpled foil over a core: a dented half-ellipsoid, flat underneath, dents from the crumple amount. */
function rock(x: number, y: number, z: number, crumple: number, seed: number): THREE.BufferGeometry {
  // Icosahedron geometry is already non-indexed: every face has its own vertices, so dents read as facets.
  const g = new THREE.IcosahedronGeometry(1, 4)
  const rand = seededRandom(seed)
  const dents = Array.from({ length: 24 }, () => ({
    d: new THREE.Vector3(rand() - 0.5, rand() - 0.5, rand() - 0.5).normalize(),
    k: rand(),
  }))
  const pos = g.getAttribute('position') as THREE.BufferAttribute
  const v = new THREE.Vector3()
  for (let i = 0; i < pos.count; i++) {
    v.fromBufferAttribute(pos, i)
    let r = 1
    for (const dent of dents) r -= Math.max(0, v.dot(dent.d) - 0.75) * dent.k * crumple * 1.6
    v.multiplyScalar(r)
    pos.setXYZ(i, (v.x * x) / 2, Math.max(0, v.y) * y, (v.z * z) / 2)
  }
  g.computeVertexNormals()
  // Planar UVs from above, in tiles, for the crinkle normal map.
  const p = g.getAttribute('position') as THREE.BufferAttribute
  const uv = new Float32Array(p.count * 2)
  for (let i = 0; i < p.count; i++) {
    uv[i * 2] = (p.getX(i) + p.getY(i) * 0.5) / TEXTURE_TILE_MM
    uv[i * 2 + 1] = (p.getZ(i) + p.getY(i) * 0.5) / TEXTURE_TILE_MM
  }
  g.setAttribute('uv', new THREE.BufferAttribute(uv, 2))
  return g
}

/** Smooth value noise in [0, 1]: a coarse and a fine lattice of seeded values, blended smoothly. */
function valueNoise(seed: number, spanX: number, spanZ: number): (x: number, z: number) => number {
  const octaves = [
    { cellMm: 12, weight: 0.7 },
    { cellMm: 4, weight: 0.3 },
  ].map(({ cellMm, weight }) => {
    const rand = seededRandom(seed + cellMm)
    const nx = Math.ceil(spanX / cellMm) + 2
    const nz = Math.ceil(spanZ / cellMm) + 2
    const values = Array.from({ length: nx * nz }, rand)
    return { cellMm, weight, nx, values }
  })
  const smooth = (t: number) => t * t * (3 - 2 * t)
  return (x, z) => {
    let sum = 0
    for (const o of octaves) {
      const gx = x / o.cellMm
      const gz = z / o.cellMm
      const i = Math.floor(gx)
      const j = Math.floor(gz)
      const at = (di: number, dj: number) => o.values[(j + dj) * o.nx + i + di] ?? 0
      const tx = smooth(gx - i)
      const tz = smooth(gz - j)
      const top = at(0, 0) + (at(1, 0) - at(0, 0)) * tx
      const bottom = at(0, 1) + (at(1, 1) - at(0, 1)) * tx
      sum += o.weight * (top + (bottom - top) * tz)
    }
    return sum
  }
}

/**
 * A slab standing on y = 0 whose top is y minus up to `bump` of seeded noise: a grid on top, walls that
 * follow its edges, a flat underside. Walls and underside have their own vertices, so the edges stay sharp.
 */
function terrain(x: number, y: number, z: number, bump: number, seed: number): THREE.BufferGeometry {
  const noise = valueNoise(seed, x, z)
  const height = (px: number, pz: number) => y - bump * noise(px + x / 2, pz + z / 2)
  const nx = Math.min(96, Math.max(2, Math.ceil(x / 1.5)))
  const nz = Math.min(96, Math.max(2, Math.ceil(z / 1.5)))
  const xs = Array.from({ length: nx + 1 }, (_, i) => -x / 2 + (i / nx) * x)
  const zs = Array.from({ length: nz + 1 }, (_, j) => -z / 2 + (j / nz) * z)
  const pos: number[] = []
  const uv: number[] = []
  const index: number[] = []
  const vertex = (px: number, py: number, pz: number, u: number, v: number) => {
    pos.push(px, py, pz)
    uv.push(u / TEXTURE_TILE_MM, v / TEXTURE_TILE_MM)
    return pos.length / 3 - 1
  }
  // Corners in this order face outwards: (b - a) x (c - a) points away from the slab.
  const quad = (a: number, b: number, c: number, d: number) => index.push(a, b, c, a, c, d)
  const top = zs.map((pz) => xs.map((px) => vertex(px, height(px, pz), pz, px, pz)))
  for (let j = 0; j < nz; j++)
    for (let i = 0; i < nx; i++) {
      const row = top[j] ?? []
      const next = top[j + 1] ?? []
      quad(row[i] ?? 0, next[i] ?? 0, next[i + 1] ?? 0, row[i + 1] ?? 0)
    }
  // Walk the rim so that the outside is on the right of travel (seen from above): front, right, back, left.
  const rim: [number, number][] = [
    ...xs.map((px): [number, number] => [px, z / 2]),
    ...zs
      .slice(0, -1)
      .reverse()
      .map((pz): [number, number] => [x / 2, pz]),
    ...xs
      .slice(0, -1)
      .reverse()
      .map((px): [number, number] => [px, -z / 2]),
    ...zs.slice(1).map((pz): [number, number] => [-x / 2, pz]),
  ]
  let along = 0
  for (let k = 0; k + 1 < rim.length; k++) {
    const [px, pz] = rim[k] ?? [0, 0]
    const [qx, qz] = rim[k + 1] ?? [0, 0]
    const step = Math.hypot(qx - px, qz - pz)
    const pyTop = height(px, pz)
    const qyTop = height(qx, qz)
    quad(
      vertex(px, 0, pz, along, 0),
      vertex(qx, 0, qz, along + step, 0),
      vertex(qx, qyTop, qz, along + step, qyTop),
      vertex(px, pyTop, pz, along, pyTop),
    )
    along += step
  }
  quad(
    vertex(-x / 2, 0, -z / 2, -x / 2, -z / 2),
    vertex(x / 2, 0, -z / 2, x / 2, -z / 2),
    vertex(x / 2, 0, z / 2, x / 2, z / 2),
    vertex(-x / 2, 0, z / 2, -x / 2, z / 2),
  )
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3))
  g.setAttribute('uv', new THREE.Float32BufferAttribute(uv, 2))
  g.setIndex(index)
  g.computeVertexNormals()
  return g
}
