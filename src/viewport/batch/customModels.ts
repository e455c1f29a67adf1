import * as THREE from 'three'
import type { ModelRef } from '../../domain/scene/types'
import type { StoredModel } from '../../store/modelLibrary'
import { TEXTURE_TILE_MM } from '../materials/textures'

/** Imported models this page has loaded, by content hash: the batch draws them in place of their boxes. */
const models = new Map<string, StoredModel>()
const geometries = new Map<string, THREE.BufferGeometry>()

export const provideModel = (model: StoredModel): void => void models.set(model.id, model)

/**
 * An imported model's triangles at the size its prop gives it (the prop may be scaled to fit the base), with
 * normals and UVs projected from the dominant axis in texture tiles, so catalog materials keep their real
 * scale on it. Undefined until the model's file is here; its prop is then drawn as a box.
 */
export function modelGeometry(ref: ModelRef): THREE.BufferGeometry | undefined {
  const model = models.get(ref.id)
  if (!model) return undefined
  const key = `${ref.id}|${ref.sizeMm.x}|${ref.sizeMm.y}|${ref.sizeMm.z}`
  let geometry = geometries.get(key)
  if (!geometry) {
    geometry = build(model, ref)
    geometries.set(key, geometry)
  }
  return geometry
}

function build(model: StoredModel, ref: ModelRef): THREE.BufferGeometry {
  const k = (axis: 'x' | 'y' | 'z') => (model.sizeMm[axis] > 0 ? ref.sizeMm[axis] / model.sizeMm[axis] : 1)
  const [kx, ky, kz] = [k('x'), k('y'), k('z')]
  const source = model.positions
  const positions = new Float32Array(source.length)
  for (let i = 0; i < source.length; i += 3) {
    positions[i] = source[i]! * kx
    positions[i + 1] = source[i + 1]! * ky
    positions[i + 2] = source[i + 2]! * kz
  }
  const geometry = new THREE.BufferGeometry()
  geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3))
  geometry.computeVertexNormals()
  geometry.setAttribute(
    'uv',
    new THREE.BufferAttribute(boxUvs(positions, geometry.getAttribute('normal')), 2),
  )
  // The batch takes indexed geometries only: a soup's index is simply 0, 1, 2, …
  geometry.setIndex(
    new THREE.BufferAttribute(
      Uint32Array.from({ length: positions.length / 3 }, (_, i) => i),
      1,
    ),
  )
  geometry.computeBoundingBox()
  geometry.computeBoundingSphere()
  return geometry
}

/** Each vertex mapped on the plane its face turns most towards, one texture tile per TEXTURE_TILE_MM. */
function boxUvs(
  positions: Float32Array,
  normals: THREE.BufferAttribute | THREE.InterleavedBufferAttribute,
): Float32Array {
  const uvs = new Float32Array((positions.length / 3) * 2)
  for (let v = 0; v < positions.length / 3; v++) {
    const nx = Math.abs(normals.getX(v))
    const ny = Math.abs(normals.getY(v))
    const nz = Math.abs(normals.getZ(v))
    const [x, y, z] = [positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!]
    const [u, w] = ny >= nx && ny >= nz ? [x, z] : nx >= nz ? [z, y] : [x, y]
    uvs[v * 2] = u / TEXTURE_TILE_MM
    uvs[v * 2 + 1] = w / TEXTURE_TILE_MM
  }
  return uvs
}
