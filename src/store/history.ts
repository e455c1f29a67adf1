import type { Prop, PropId, Scene } from '../domain/scene/types'

/** Everything in a scene but its props: a few small objects, stored whole per step. */
export type SceneMeta = Omit<Scene, 'props'>

/** One prop that a step added (no before), removed (no after) or changed. Indexes keep the order on undo. */
export interface PropChange {
  readonly id: PropId
  readonly before?: Prop
  readonly beforeIndex: number
  readonly after?: Prop
  readonly afterIndex: number
}

/**
 * One undo step: the props it touched and the scene fields around them. Only what changed is kept, and
 * unchanged props are never copied, so memory grows with the edits made, not with steps x scene size.
 */
export interface Step {
  readonly label: string
  readonly meta: { readonly before: SceneMeta; readonly after: SceneMeta }
  readonly props: readonly PropChange[]
}

export interface History {
  readonly past: readonly Step[]
  readonly future: readonly Step[]
}

export const HISTORY_LIMIT = 300
export const emptyHistory: History = { past: [], future: [] }

const metaOf = ({ props: _props, ...meta }: Scene): SceneMeta => meta

/** The step that turns `prev` into `next`, comparing props by identity (O(n) pointer checks, no deep diff). */
export function diffScenes(prev: Scene, next: Scene, label: string): Step {
  const prevIndex = new Map<PropId, number>()
  prev.props.forEach((p, i) => prevIndex.set(p.id, i))
  const changes: PropChange[] = []
  const kept = new Set<PropId>()
  next.props.forEach((after, afterIndex) => {
    const beforeIndex = prevIndex.get(after.id)
    if (beforeIndex === undefined) return changes.push({ id: after.id, after, afterIndex, beforeIndex: -1 })
    kept.add(after.id)
    const before = prev.props[beforeIndex]
    if (before !== after) changes.push({ id: after.id, before, beforeIndex, after, afterIndex })
  })
  prev.props.forEach((before, beforeIndex) => {
    if (!kept.has(before.id)) changes.push({ id: before.id, before, beforeIndex, afterIndex: -1 })
  })
  return { label, meta: { before: metaOf(prev), after: metaOf(next) }, props: changes }
}

/** Applies a step backwards (`undo`) or forwards (`redo`) to the scene it ended (or started) at. */
export function applyStep(scene: Scene, step: Step, direction: 'undo' | 'redo'): Scene {
  const undo = direction === 'undo'
  const from = (c: PropChange) => (undo ? c.after : c.before)
  const to = (c: PropChange) => (undo ? c.before : c.after)
  const toIndex = (c: PropChange) => (undo ? c.beforeIndex : c.afterIndex)
  const dropped = new Set(step.props.filter((c) => from(c) && !to(c)).map((c) => c.id))
  const replaced = new Map(step.props.filter((c) => from(c) && to(c)).map((c) => [c.id, to(c) as Prop]))
  const props = scene.props.filter((p) => !dropped.has(p.id)).map((p) => replaced.get(p.id) ?? p)
  const inserted = step.props.filter((c) => !from(c) && to(c)).sort((a, b) => toIndex(a) - toIndex(b))
  for (const c of inserted) props.splice(toIndex(c), 0, to(c) as Prop)
  // The scene's identity is not an edit: a scene saved as a copy keeps its new id through undo and redo.
  return { ...(undo ? step.meta.before : step.meta.after), id: scene.id, props }
}

export function record(history: History, step: Step): History {
  const past = [...history.past, step]
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] }
}
