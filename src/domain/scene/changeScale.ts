import { familyOf } from '../catalog'
import type { ParamSpec } from '../catalog/types'
import { LIMITS } from '../schema/limits'
import type { ModelScale } from '../units/scale'
import { roundTo } from '../units/vec'
import type { CameraBookmark, Prop, Scene } from './types'

/**
 * Changing the scale either keeps the model as cut (the base and props stay the same millimetres and stand
 * for something larger or smaller) or keeps the real world (everything is resized so a 2 m door is still 2 m).
 */
export type RescaleMode = 'keep-model-size' | 'keep-real-size'

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))
const mm = (v: number) => roundTo(v, 3)

export function changeScale(scene: Scene, scale: ModelScale, mode: RescaleMode): Scene {
  if (mode === 'keep-model-size' || scale.ratio === scene.scale.ratio) return { ...scene, scale }
  const f = scene.scale.ratio / scale.ratio
  const base = {
    widthMm: mm(clamp(scene.base.widthMm * f, LIMITS.minBaseMm, LIMITS.maxBaseMm)),
    depthMm: mm(clamp(scene.base.depthMm * f, LIMITS.minBaseMm, LIMITS.maxBaseMm)),
    // The board itself is real plywood on the bench, not part of the modelled world.
    thicknessMm: scene.base.thicknessMm,
  }
  const props = scene.props.map((p) => resizeProp(p, f))
  const bookmarks = scene.bookmarks.map((b) => resizeView(b, f))
  return { ...scene, scale, base, props, bookmarks }
}

/** A saved view keeps framing the same part of the (resized) scene: cameras move with it, zoom makes up. */
function resizeView(b: CameraBookmark, f: number): CameraBookmark {
  const at = (v: number) => mm(clamp(v * f, -LIMITS.maxCameraMm, LIMITS.maxCameraMm))
  const point = (v: CameraBookmark['position']) => ({ x: at(v.x), y: at(v.y), z: at(v.z) })
  return {
    ...b,
    position: point(b.position),
    target: point(b.target),
    ...(b.zoom === undefined ? {} : { zoom: roundTo(clamp(b.zoom / f, LIMITS.minZoom, LIMITS.maxZoom), 6) }),
  }
}

/** Lengths scale by f, clamped to each parameter's range; counts and ratios stay. */
function resizeProp(prop: Prop, f: number): Prop {
  const family = familyOf(prop.kind)
  const params: Record<string, number> = { ...prop.params }
  if (family)
    for (const [name, spec] of Object.entries(family.params) as [string, ParamSpec][]) {
      const v = params[name]
      if (spec.unit === 'mm' && v !== undefined) params[name] = mm(clamp(v * f, spec.min, spec.max))
    }
  const { x, y, z } = prop.position
  const size = (v: number) => mm(clamp(v * f, LIMITS.minModelSizeMm, LIMITS.maxModelSizeMm))
  // An imported model is resized like any prop: its size is what places and measures it.
  const model = prop.model && {
    ...prop.model,
    sizeMm: { x: size(prop.model.sizeMm.x), y: size(prop.model.sizeMm.y), z: size(prop.model.sizeMm.z) },
  }
  return {
    ...prop,
    params,
    position: { x: mm(x * f), y: mm(y * f), z: mm(z * f) },
    ...(model ? { model } : {}),
  }
}
