import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js'
import type { PropId, Scene } from '../domain/scene/types'
import { exportObjects } from './exportObjects'

/** The scene or a selection as a binary glTF (.glb), in metres, with PBR materials. Loaded only when used. */
export async function exportGlb(scene: Scene, ids?: readonly PropId[]): Promise<ArrayBuffer> {
  const objects = exportObjects(scene, { ids, unit: 'm', closed: false })
  const result = await new GLTFExporter().parseAsync(objects, { binary: true, onlyVisible: true })
  if (!(result instanceof ArrayBuffer))
    throw new Error('the glTF exporter gave JSON where binary was asked for')
  return result
}
