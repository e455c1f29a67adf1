import { propBox, unionBox } from '../../domain/scene/bounds'
import type { Prop } from '../../domain/scene/types'
import { roundTo } from '../../domain/units/vec'
import { formatModel, type UnitSystem } from '../../domain/units/unitSystem'
import type { GroupDrag } from './groupDrag'

/** What the drag readout says first: the selection and its size (width × depth × height), model units. */
export function selectionText(props: readonly Prop[], units: UnitSystem): string {
  const box = unionBox(props.map((p) => propBox(p)))
  const what = props.length === 1 ? '1 prop' : `${props.length} props`
  if (!box) return what
  const size = [box.max.x - box.min.x, box.max.z - box.min.z, box.max.y - box.min.y]
  return `${what}, ${size.map((mm) => formatModel(mm, units)).join(' × ')}`
}

const signed = (mm: number, units: UnitSystem) =>
  `${mm > 0 ? '+' : mm < 0 ? '−' : ''}${formatModel(Math.abs(mm), units)}`

/** The readout during a drag: the selection, then how far it has moved or turned. */
export function dragText(selection: string, drag: GroupDrag, units: UnitSystem): string {
  const turn = drag.turnDeg
  if (turn !== 0) return `${selection} · turned ${turn > 0 ? '+' : '−'}${roundTo(Math.abs(turn), 1)}°`
  const m = drag.movedMm
  return `${selection} · moved X ${signed(m.x, units)}, Y ${signed(m.y, units)}, Z ${signed(m.z, units)}`
}
