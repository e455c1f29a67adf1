import { propBox, unionBox, type Box } from './bounds'
import type { Prop, PropId, Scene } from './types'

/** What an arrangement (align, distribute, drop) moves as one thing. */
export interface ArrangeUnit {
  readonly props: readonly Prop[]
  readonly box: Box
  /** A unit with a locked prop is not moved, so a group never comes apart. */
  readonly locked: boolean
}

/**
 * The props as the things an arrangement moves, in scene order of their first prop: the given props of one
 * group move as one (a stack of crates stays a stack), every other prop on its own.
 */
export function arrangeUnits(scene: Scene, ids: readonly PropId[]): ArrangeUnit[] {
  const wanted = new Set(ids)
  const units = new Map<string, Prop[]>()
  for (const p of scene.props) {
    if (!wanted.has(p.id)) continue
    const key = p.groupId === undefined ? `prop:${p.id}` : `group:${p.groupId}`
    units.set(key, [...(units.get(key) ?? []), p])
  }
  return [...units.values()].map((props) => ({
    props,
    box: unionBox(props.map((p) => propBox(p))) as Box,
    locked: props.some((p) => p.locked),
  }))
}
