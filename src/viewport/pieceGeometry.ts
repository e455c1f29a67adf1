import * as THREE from 'three'
import type { Piece } from '../domain/catalog/types'
import { seededRandom } from '../domain/random'
import { TEXTURE_TILE_MM } from './materials/textures'

/**
 * Geometry for a piece, shared between every piece of the same shape and size. UVs are in texture tiles
 * (model mm / TEXTURE_TILE_MM) so grain and rust keep their real size on a 10 mm block and a 300 mm beam.
 */
const cache = new Map<string, THREE.BufferGeometry>()
/** Only shapes drawn from noise depend on the prop's seed; the rest are shared across props. */
const seedOf = (p: Piece, seed: number) => (p.shape === 'rock' ? seed : 0)
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
      const g = new THREE.CylinderGeometry(piece.radiusMm, piece.radiusMm, piece.lengthMm, 28)
      scaleUv(g, (2 * Math.PI * piece.radiusMm) / TEXTURE_TILE_MM, piece.lengthMm / TEXTURE_TILE_MM)
      if (piece.axis === 'x') g.rotateZ(Math.PI / 2)
      if (piece.axis === 'z') g.rotateX(Math.PI / 2)
      return g
    }
    case 'corrugated':
      return corrugated(piece.lengthMm, piece.widthMm, piece.pitchMm, piece.depthMm)
    case 'rock':
      return rock(piece.size.x, piece.size.y, piece.size.z, piece.crumple, seed)
  }
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
