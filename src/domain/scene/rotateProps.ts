import { turnAboutY } from '../units/rotation'
import { sameVec, vec3, type Vec3 } from '../units/vec'
import { boxCentre, propBox, unionBox } from './bounds'
import { updateProps } from './editProps'
import { movableProps, tidyVec } from './moveProps'
import { clampToReach } from './reach'
import type { PropId, Scene } from './types'

/** The centre of the props' bounding boxes together: where a selection turns about and the gizmo stands. */
export function selectionCentre(scene: Scene, ids: readonly PropId[]): Vec3 | undefined {
  const wanted = new Set(ids)
  const box = unionBox(scene.props.filter((p) => wanted.has(p.id)).map((p) => propBox(p)))
  return box && boxCentre(box)
}

/**
 * Turns the props as one by `deltaDeg` about the vertical through `pivot` (by default the centre of the
 * turned props): each prop's place swings round the pivot and the prop turns with it. Locked props stay as
 * they are and do not count towards the centre. A prop swung beyond the base's reach stops at its edge.
 */
export function rotateProps(scene: Scene, ids: readonly PropId[], deltaDeg: number, pivot?: Vec3): Scene {
  const turning = movableProps(scene, ids)
  if (deltaDeg % 360 === 0 || !Number.isFinite(deltaDeg)) return scene
  const centre =
    pivot ??
    selectionCentre(
      scene,
      turning.map((p) => p.id),
    )
  if (!centre) return scene
  const a = (deltaDeg * Math.PI) / 180
  const [c, s] = [Math.cos(a), Math.sin(a)]
  return updateProps(
    scene,
    turning.map((p) => p.id),
    (p) => {
      // A turn about +y takes x towards -z: x' = x cos + z sin, z' = -x sin + z cos (three.js's Ry).
      const dx = p.position.x - centre.x
      const dz = p.position.z - centre.z
      const swung = vec3(centre.x + c * dx + s * dz, p.position.y, centre.z - s * dx + c * dz)
      const position = tidyVec(clampToReach(scene.base, swung))
      const rotation = turnAboutY(p.rotation, deltaDeg)
      return sameVec(position, p.position) && sameVec(rotation, p.rotation) ? p : { ...p, position, rotation }
    },
  )
}
