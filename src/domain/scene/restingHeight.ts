import { vec3, type Vec3 } from '../units/vec'
import { arrangeUnits } from './arrangeUnits'
import { footprintsOverlap, propBox, type Box } from './bounds'
import { moveProps, tidyMm } from './moveProps'
import { reach } from './reach'
import type { Prop, PropId, Scene } from './types'

export interface RestOptions {
  /** Only surfaces at or below this height count: a drop from there, never upwards. Default: any height. */
  readonly below?: number
  /** Props that are not surfaces here (the others being moved with the prop). Hidden props never are. */
  readonly ignore?: ReadonlySet<PropId>
}

/** A top this little above a height still counts as at it (float dust from turned boxes). */
const LEVEL_MM = 1e-6

/** The highest surface under a footprint: the base (y = 0) or the top of a prop whose footprint overlaps it. */
function surfaceUnder(scene: Scene, box: Box, self: PropId | undefined, options: RestOptions): number {
  let top = 0
  for (const other of scene.props) {
    if (other.id === self || other.hidden || options.ignore?.has(other.id)) continue
    const o = propBox(other)
    if (o.max.y <= top || !footprintsOverlap(box, o)) continue
    if (options.below !== undefined && o.max.y > options.below + LEVEL_MM) continue
    top = o.max.y
  }
  return top
}

/**
 * The height (`position.y`) at which the prop, placed at `position` (x and z), rests: its lowest point on
 * the base (y = 0) or on the highest top of the other props whose footprint overlaps its own, so a drum on a
 * pallet on a plank floor stands at floor + pallet. Boxes are the props' bounding boxes, turns included (a
 * drum on its side rests on its flank). Hidden props are not surfaces.
 */
export function restingHeight(
  scene: Scene,
  prop: Prop,
  position: Vec3 = prop.position,
  options: RestOptions = {},
): number {
  const box = propBox(prop, position)
  const [lo, hi] = reach(scene.base).y
  const y = surfaceUnder(scene, box, prop.id, options) - (box.min.y - position.y)
  return tidyMm(Math.min(hi, Math.max(lo, y)))
}

/**
 * Rests the props on what is under them. `mode` 'drop' settles each on the highest surface below its middle:
 * a floating prop falls, one sunk into another rises onto it, and a crate under a table stays under it.
 * 'surface' puts it on the highest surface its footprint overlaps (a drum dragged over a pallet climbs
 * onto it), as `restingHeight` does. Props of one group rest as one rigid
 * thing, on its lowest contact. Lower things rest first, and props still to rest are not surfaces, so a
 * selected stack settles as a stack. Locked props stay (and carry what rests on them).
 */
export function restProps(scene: Scene, ids: readonly PropId[], mode: 'drop' | 'surface' = 'drop'): Scene {
  const units = arrangeUnits(scene, ids)
    .filter((u) => !u.locked)
    .sort((a, b) => a.box.min.y - b.box.min.y)
  const pending = new Set(units.flatMap((u) => u.props.map((p) => p.id)))
  let next = scene
  for (const unit of units) {
    const members = unit.props.map((p) => p.id)
    let lift = Number.NEGATIVE_INFINITY
    for (const id of members) {
      const prop = next.props.find((p) => p.id === id)
      if (!prop) continue
      const box = propBox(prop)
      const below = mode === 'drop' ? (box.min.y + box.max.y) / 2 : undefined
      const surface = surfaceUnder(next, box, prop.id, {
        ignore: pending,
        ...(below === undefined ? {} : { below }),
      })
      lift = Math.max(lift, surface - box.min.y)
    }
    for (const id of members) pending.delete(id)
    if (Number.isFinite(lift) && Math.abs(lift) > LEVEL_MM) next = moveProps(next, members, vec3(0, lift, 0))
  }
  return next
}
