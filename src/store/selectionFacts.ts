import { arrangeUnits } from '../domain/scene/arrangeUnits'
import { boxCentre, propBox, unionBox } from '../domain/scene/bounds'
import type { PropId, Scene } from '../domain/scene/types'
import { vec3, type Vec3 } from '../domain/units/vec'

/** What the Arrange and Measure panels need to know about the selection, measured once per change. */
export interface SelectionFacts {
  /** Things an arrangement moves: the selected props of one group count once. */
  readonly units: number
  /** Units with no locked prop: those distribute moves. */
  readonly freeUnits: number
  /** The box around the selection (turns included), model mm. */
  readonly sizeMm: Vec3
  /** The middle of each selected prop's box, in selection order. */
  readonly centresMm: readonly Vec3[]
  /** Some selected prop is in a group. */
  readonly grouped: boolean
  /** The selection is exactly one whole group (grouping it again would change nothing). */
  readonly wholeGroup: boolean
  readonly allLocked: boolean
}

/** The facts of a selection of props the scene has; undefined for none. */
export function selectionFacts(scene: Scene, ids: readonly PropId[]): SelectionFacts | undefined {
  const byId = new Map(scene.props.map((p) => [p.id, p]))
  const props = ids.flatMap((id) => byId.get(id) ?? [])
  const box = unionBox(props.map((p) => propBox(p)))
  if (!box) return undefined
  const units = arrangeUnits(scene, ids)
  const group = props[0]?.groupId
  return {
    units: units.length,
    freeUnits: units.filter((u) => !u.locked).length,
    sizeMm: vec3(box.max.x - box.min.x, box.max.y - box.min.y, box.max.z - box.min.z),
    centresMm: props.map((p) => boxCentre(propBox(p))),
    grouped: props.some((p) => p.groupId !== undefined),
    wholeGroup:
      group !== undefined &&
      props.every((p) => p.groupId === group) &&
      scene.props.every((p) => p.groupId !== group || ids.includes(p.id)),
    allLocked: props.every((p) => p.locked),
  }
}
