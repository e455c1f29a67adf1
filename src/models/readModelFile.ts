import * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { STLLoader } from 'three/examples/jsm/loaders/STLLoader.js'
import { vec3, type Vec3 } from '../domain/units/vec'
import { checkModelBytes } from './checkModelBytes'
import { MODEL_LIMITS } from './modelLimits'

/** A model as the editor keeps it: one triangle soup in model mm, origin at the centre of its underside. */
export interface ImportedModel {
  readonly name: string
  /** Bounding size in model mm as imported: x width, y height, z depth. */
  readonly sizeMm: Vec3
  /** Non-indexed triangles, 9 numbers each. */
  readonly positions: Float32Array
  readonly triangles: number
}

export type ModelRead = { ok: true; model: ImportedModel } | { ok: false; reason: string }

/**
 * Opens a .glb / .gltf (metres, as the format says) or .stl (millimetres, as slicers assume) after the byte
 * checks, flattens every mesh with its node transforms into one soup and stands it on its underside. Anything
 * the loaders throw becomes a reason; nothing else in the editor is touched.
 */
export async function readModelFile(fileName: string, bytes: Uint8Array): Promise<ModelRead> {
  const check = checkModelBytes(bytes)
  if (!check.ok) return check
  try {
    const copy = bytes.slice().buffer
    const root =
      check.format === 'glb' || check.format === 'gltf'
        ? (await new GLTFLoader().parseAsync(copy, '')).scene
        : new THREE.Mesh(new STLLoader().parse(copy))
    const positions = soup(root, check.format === 'glb' || check.format === 'gltf' ? 1000 : 1)
    const triangles = positions.length / 9
    if (triangles === 0) return { ok: false, reason: 'the model has no triangles' }
    if (triangles > MODEL_LIMITS.maxTriangles)
      return {
        ok: false,
        reason: `the model draws ${triangles.toLocaleString('en')} triangles; the limit is ${MODEL_LIMITS.maxTriangles.toLocaleString('en')}`,
      }
    if (!positions.every(Number.isFinite))
      return { ok: false, reason: 'the model has points at no finite place' }
    const sizeMm = standOnUnderside(positions)
    return { ok: true, model: { name: nameOf(fileName), sizeMm, positions, triangles } }
  } catch (e) {
    return { ok: false, reason: `the file could not be read (${(e as Error).message || 'unknown error'})` }
  }
}

/** Every triangle of every mesh under `root`, in world space, scaled to model mm. */
function soup(root: THREE.Object3D, toMm: number): Float32Array {
  root.updateMatrixWorld(true)
  const parts: Float32Array[] = []
  let total = 0
  const p = new THREE.Vector3()
  root.traverse((o) => {
    if (!(o instanceof THREE.Mesh) || !(o.geometry instanceof THREE.BufferGeometry)) return
    const g = o.geometry.index ? o.geometry.toNonIndexed() : o.geometry
    const pos = g.getAttribute('position')
    if (!pos) return
    const out = new Float32Array(pos.count * 3)
    for (let i = 0; i < pos.count; i++) {
      p.fromBufferAttribute(pos, i).applyMatrix4(o.matrixWorld).multiplyScalar(toMm)
      p.toArray(out, i * 3)
    }
    total += out.length
    if (total > MODEL_LIMITS.maxTriangles * 9) throw new Error('too many triangles')
    parts.push(out)
  })
  const all = new Float32Array(total)
  let at = 0
  for (const part of parts) {
    all.set(part, at)
    at += part.length
  }
  return all
}

/** Moves the soup so its underside is centred on the origin, like every prop; returns its size. */
function standOnUnderside(positions: Float32Array): Vec3 {
  const box = new THREE.Box3().setFromArray(positions)
  const cx = (box.min.x + box.max.x) / 2
  const cz = (box.min.z + box.max.z) / 2
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = positions[i]! - cx
    positions[i + 1] = positions[i + 1]! - box.min.y
    positions[i + 2] = positions[i + 2]! - cz
  }
  const size = box.getSize(new THREE.Vector3())
  return vec3(size.x, size.y, size.z)
}

/** "old_barrel.glb" -> "old barrel" */
function nameOf(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim()
  return (base || 'Imported model').slice(0, MODEL_LIMITS.maxNameLength)
}
