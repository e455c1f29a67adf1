import { LIMITS } from '../schema/limits'
import { vec3, type Vec3 } from '../units/vec'
import { findFreeSpot, nextSeed } from './addProp'
import { newId } from './ids'
import type { MaterialKind } from '../catalog/types'
import { CUSTOM_MODEL_KIND, isCustomModel, type CustomModelProp, type Scene } from './types'

/** An imported model never takes more than this share of the base's shorter side when first placed. */
const FIT_SHARE = 0.8
/** The scene format's smallest model size per axis (limits.ts). */
const MIN_SIZE_MM = LIMITS.minModelSizeMm

export interface PlacedModel {
  readonly prop: CustomModelProp
  /** The factor the model was scaled by to fit the base (1 when it fitted as it was). */
  readonly scale: number
}

/**
 * A prop for an imported model, placed on a free spot. Its size is the model's own, scaled down (never up) so
 * that it fits the base, which a 1:1 model of a real drum in metres would not.
 */
export function placeModel(scene: Scene, model: { id: string; name: string; sizeMm: Vec3 }): PlacedModel {
  const room = Math.min(scene.base.widthMm, scene.base.depthMm) * FIT_SHARE
  const largest = Math.max(model.sizeMm.x, model.sizeMm.z, model.sizeMm.y)
  const scale = largest > room ? room / largest : 1
  // A flat model (a decal, a sheet) still has some thickness to select and stand on.
  const fit = (mm: number) => Math.max(MIN_SIZE_MM, mm * scale)
  const sizeMm = vec3(fit(model.sizeMm.x), fit(model.sizeMm.y), fit(model.sizeMm.z))
  const draft: CustomModelProp = {
    id: newId('p'),
    kind: CUSTOM_MODEL_KIND,
    name: model.name,
    params: {},
    position: vec3(0, 0, 0),
    rotation: vec3(0, 0, 0),
    material: { seed: nextSeed(scene) },
    model: { id: model.id, name: model.name, sizeMm },
  }
  return { prop: { ...draft, position: findFreeSpot(scene, draft) }, scale }
}

/** The catalog material an imported model is drawn as: one undo step in the store. */
export function setModelMaterial(scene: Scene, id: string, material: MaterialKind): Scene {
  let changed = false
  const props = scene.props.map((p) => {
    if (p.id !== id || !isCustomModel(p) || (p.model.material ?? 'plastic') === material) return p
    changed = true
    return { ...p, model: { ...p.model, material } }
  })
  return changed ? { ...scene, props } : scene
}
