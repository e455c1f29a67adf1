import { STLExporter } from 'three/examples/jsm/exporters/STLExporter.js'
import type { PropId, Scene } from '../domain/scene/types'
import { exportObjects } from './exportObjects'

/**
 * The selection (or scene) as binary STL in millimetres, for a slicer: every piece closed, so each prop is a set
 * of watertight shells, placed as in the scene.
 */
export function exportStl(scene: Scene, ids?: readonly PropId[]): ArrayBuffer {
  const objects = exportObjects(scene, { ids, unit: 'mm', closed: true })
  const view = new STLExporter().parse(objects, { binary: true }) as DataView
  const bytes = new Uint8Array(view.byteLength)
  bytes.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength))
  return bytes.buffer
}

/** Triangles in a binary STL: header, count, then 50 bytes a triangle. */
export function stlTriangles(stl: ArrayBuffer): Float32Array {
  const view = new DataView(stl)
  const count = view.getUint32(80, true)
  const out = new Float32Array(count * 9)
  for (let t = 0; t < count; t++)
    for (let v = 0; v < 9; v++) out[t * 9 + v] = view.getFloat32(84 + t * 50 + 12 + v * 4, true)
  return out
}
