import { alongAxis, type Axis } from '../units/vec'
import { arrangeUnits } from './arrangeUnits'
import { boxSize } from './bounds'
import { moveProps } from './moveProps'
import type { PropId, Scene } from './types'

/**
 * Spaces the props along `axis` so the gaps between their bounding boxes are equal: the first and the last
 * (by box centre) stay, the others move between them in their order. Props of one group move as one.
 * Locked props take no part: they are neither moved nor spaced around. Fewer than three: same scene.
 */
export function distributeProps(scene: Scene, ids: readonly PropId[], axis: Axis): Scene {
  const units = arrangeUnits(scene, ids)
    .filter((u) => !u.locked)
    .sort((a, b) => a.box.min[axis] + a.box.max[axis] - (b.box.min[axis] + b.box.max[axis]))
  const first = units[0]
  const last = units[units.length - 1]
  if (units.length < 3 || !first || !last) return scene
  const sizes = units.reduce((sum, u) => sum + boxSize(u.box, axis), 0)
  const gap = (last.box.max[axis] - first.box.min[axis] - sizes) / (units.length - 1)
  let next = scene
  let at = first.box.max[axis] + gap
  for (const unit of units.slice(1, -1)) {
    const d = at - unit.box.min[axis]
    next = moveProps(
      next,
      unit.props.map((p) => p.id),
      alongAxis(axis, d),
    )
    at += boxSize(unit.box, axis) + gap
  }
  return next
}
