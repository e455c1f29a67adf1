import { normalizeDeg } from '../units/rotation'
import { sameVec, vec3, type Vec3 } from '../units/vec'
import { LIMITS } from '../schema/limits'
import { updateProps } from './editProps'
import { tidyVec } from './moveProps'
import { clampToReach } from './reach'
import type { PropId, Scene } from './types'

/** Where one prop ended up after a gizmo drag of many. */
export interface PropTransform {
  readonly id: PropId
  readonly position: Vec3
  readonly rotation: Vec3
}

const inRange = (deg: number) => (Math.abs(deg) <= LIMITS.maxRotationDeg ? deg + 0 : normalizeDeg(deg))

/**
 * Sets where each prop stands and how it is turned, as a gizmo drag of many props leaves them: locked props
 * are skipped, positions are kept within the base's reach and angles within ±360° (a turn past it is brought
 * back to ±180°). Props already there keep their identity, so a click without a drag changes nothing.
 */
export function transformProps(scene: Scene, updates: readonly PropTransform[]): Scene {
  const byId = new Map(updates.map((u) => [u.id, u]))
  return updateProps(scene, [...byId.keys()], (p) => {
    const u = byId.get(p.id)
    if (!u || p.locked) return p
    const position = tidyVec(clampToReach(scene.base, u.position))
    const rotation = vec3(inRange(u.rotation.x), inRange(u.rotation.y), inRange(u.rotation.z))
    if (sameVec(position, p.position) && sameVec(rotation, p.rotation)) return p
    return { ...p, position, rotation }
  })
}
