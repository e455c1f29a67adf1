import { roundTo, sameVec, vec3, type Vec3 } from '../units/vec'
import { updateProps } from './editProps'
import { deltaWithinReach } from './reach'
import type { Prop, PropId, Scene } from './types'

/** Float dust from adding millimetres (0.1 + 0.2 = 0.30000000000000004) is dropped below a micrometre. */
export const tidyMm = (mm: number): number => roundTo(mm, 6)
export const tidyVec = (v: Vec3): Vec3 => vec3(tidyMm(v.x), tidyMm(v.y), tidyMm(v.z))

/** The props with the given ids that editing may move, in scene order: locked props are left where they are. */
export function movableProps(scene: Scene, ids: readonly PropId[]): Prop[] {
  const wanted = new Set(ids)
  return scene.props.filter((p) => wanted.has(p.id) && !p.locked)
}

/**
 * Moves the props by `deltaMm` as one: locked props stay put, and the move is shortened so that none leaves
 * the base's reach (a selection pushed against the edge stops there whole). No move, same scene.
 */
export function moveProps(scene: Scene, ids: readonly PropId[], deltaMm: Vec3): Scene {
  const moving = movableProps(scene, ids)
  const d = deltaWithinReach(
    scene.base,
    moving.map((p) => p.position),
    deltaMm,
  )
  if (sameVec(d, vec3(0, 0, 0))) return scene
  return updateProps(
    scene,
    moving.map((p) => p.id),
    (p) => {
      const position = tidyVec(vec3(p.position.x + d.x, p.position.y + d.y, p.position.z + d.z))
      return sameVec(position, p.position) ? p : { ...p, position }
    },
  )
}
