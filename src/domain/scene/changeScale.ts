import { familyOf } from '../catalog'
import type { ParamSpec } from '../catalog/types'
import { LIMITS } from '../schema/limits'
import type { ModelScale } from '../units/scale'
import { roundTo } from '../units/vec'
import type { Prop, Scene } from './types'

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
  return { ...scene, scale, base, props }
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
  return { ...prop, params, position: { x: mm(x * f), y: mm(y * f), z: mm(z * f) } }
}
