import { alongAxis, type Axis } from '../units/vec'
import { arrangeUnits } from './arrangeUnits'
import { unionBox } from './bounds'
import { moveProps } from './moveProps'
import type { PropId, Scene } from './types'

export type AlignMode = 'min' | 'center' | 'max'

/**
 * Lines the props up along `axis` by their bounding boxes (turns included): every box's low side ('min'),
 * middle ('center') or high side ('max') moved to that of all of them together. Props of one group move as
 * one. Locked props are not moved but still count: align crates to a locked wall by selecting both.
 * Fewer than two things to line up: same scene.
 */
export function alignProps(scene: Scene, ids: readonly PropId[], axis: Axis, mode: AlignMode): Scene {
  const units = arrangeUnits(scene, ids)
  const all = unionBox(units.map((u) => u.box))
  if (units.length < 2 || !all) return scene
  const edge = (min: number, max: number) => (mode === 'min' ? min : mode === 'max' ? max : (min + max) / 2)
  const target = edge(all.min[axis], all.max[axis])
  let next = scene
  for (const unit of units) {
    if (unit.locked) continue
    const d = target - edge(unit.box.min[axis], unit.box.max[axis])
    next = moveProps(
      next,
      unit.props.map((p) => p.id),
      alongAxis(axis, d),
    )
  }
  return next
}
