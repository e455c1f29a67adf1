import type { StateCreator } from 'zustand'
import { alignProps, type AlignMode } from '../domain/scene/alignProps'
import { distributeProps } from '../domain/scene/distributeProps'
import { arrayDuplicate, duplicateProps, type Duplicated } from '../domain/scene/duplicateProps'
import { groupProps, groupsOf, renameGroup, ungroup } from '../domain/scene/groupProps'
import { moveProps } from '../domain/scene/moveProps'
import { nudgeDelta } from '../domain/scene/nudge'
import { setHidden, setLocked, showAll } from '../domain/scene/propFlags'
import { restProps } from '../domain/scene/restingHeight'
import { rotateProps } from '../domain/scene/rotateProps'
import { transformProps, type PropTransform } from '../domain/scene/transformProps'
import type { GroupId, PropId, Scene } from '../domain/scene/types'
import { vec3, type Axis, type Vec3 } from '../domain/units/vec'
import type { EditorState } from './editorStore'

export interface MoveOptions {
  /** Rest each moved prop on the highest surface under it (base or prop) in the same undo step. */
  readonly rest?: boolean
}

/**
 * Editing the selection as a modeller does. Every action is one undo step with its own label, however many
 * props it touches, and none when nothing changes. Locked props in the selection are not moved or turned.
 */
export interface ArrangeSlice {
  moveSelection(deltaMm: Vec3, options?: MoveOptions): void
  /** Turns the selection by `deg` about the vertical through its centre. */
  rotateSelection(deg: number): void
  /**
   * Commits where a gizmo drag of many props left each of them: one undo step for the whole drag, labelled
   * `label` (default "Move").
   */
  commitTransforms(
    updates: readonly PropTransform[],
    options?: MoveOptions & { readonly label?: string },
  ): void
  /** Ctrl+D: copies the selection, by default 10 grid steps along x and z; the copies become the selection. */
  duplicateSelection(offsetMm?: Vec3): readonly PropId[]
  /** `count` copies in a row, `spacingMm` apart; the originals and the copies become the selection. */
  arraySelection(count: number, spacingMm: Vec3): readonly PropId[]
  alignSelection(axis: Axis, mode: AlignMode): void
  distributeSelection(axis: Axis): void
  /** Groups the selection (two props or more); the new group's id. */
  groupSelection(name?: string): GroupId | undefined
  /** Dissolves every group a selected prop belongs to. */
  ungroupSelection(): void
  renameGroup(groupId: GroupId, name: string): void
  setSelectionLocked(locked: boolean): void
  /** Hides (and deselects) or shows the selected props. */
  setSelectionHidden(hidden: boolean): void
  showAllProps(): void
  /** Lets the selected props settle onto the surface below each (base or prop). */
  dropSelection(): void
  /** Arrow keys: one grid step along `axis`, ten with Shift (`big`). */
  nudgeSelection(axis: Axis, sign: 1 | -1, big?: boolean): void
}

export const createArrangeSlice: StateCreator<EditorState, [], [], ArrangeSlice> = (set, get) => {
  /** Commits a change of the selection as one undo step. */
  const edit = (label: string, change: (scene: Scene, ids: readonly PropId[]) => Scene) => {
    const { scene, selection } = get()
    if (selection.length > 0) get().commit(change(scene, selection), label)
  }
  const rested = (scene: Scene, ids: readonly PropId[], options?: MoveOptions) =>
    options?.rest ? restProps(scene, ids, 'surface') : scene
  const has = (id: PropId | undefined) => get().scene.props.some((p) => p.id === id)
  /** Commits copies and selects `select`; no copies when the commit was refused (a read-only scene). */
  const commitCopies = (label: string, copied: Duplicated, select: readonly PropId[]) => {
    get().commit(copied.scene, label)
    if (!has(copied.newIds[0])) return []
    get().select(select)
    return copied.newIds
  }

  return {
    moveSelection: (delta, options) =>
      edit('Move', (s, ids) => rested(moveProps(s, ids, delta), ids, options)),
    rotateSelection: (deg) => edit('Rotate', (s, ids) => rotateProps(s, ids, deg)),
    commitTransforms: (updates, options) => {
      const ids = updates.map((u) => u.id)
      get().commit(rested(transformProps(get().scene, updates), ids, options), options?.label ?? 'Move')
    },
    duplicateSelection: (offset) => {
      const { scene, selection, gridStepMm } = get()
      const step = 10 * gridStepMm
      const copied = duplicateProps(scene, selection, offset ?? vec3(step, 0, step))
      return commitCopies('Duplicate', copied, copied.newIds)
    },
    arraySelection: (count, spacing) => {
      const { scene, selection } = get()
      const copied = arrayDuplicate(scene, selection, count, spacing)
      return commitCopies('Array', copied, [...selection, ...copied.newIds])
    },
    alignSelection: (axis, mode) => edit('Align', (s, ids) => alignProps(s, ids, axis, mode)),
    distributeSelection: (axis) => edit('Distribute', (s, ids) => distributeProps(s, ids, axis)),
    groupSelection: (name) => {
      const { scene, groupId } = groupProps(get().scene, get().selection, name)
      get().commit(scene, 'Group')
      return get().scene.groups.some((g) => g.id === groupId) ? groupId : undefined
    },
    ungroupSelection: () => edit('Ungroup', (s, ids) => ungroup(s, groupsOf(s, ids))),
    renameGroup: (groupId, name) => get().commit(renameGroup(get().scene, groupId, name), 'Rename group'),
    setSelectionLocked: (locked) => edit(locked ? 'Lock' : 'Unlock', (s, ids) => setLocked(s, ids, locked)),
    setSelectionHidden: (hidden) => {
      edit(hidden ? 'Hide' : 'Show', (s, ids) => setHidden(s, ids, hidden))
      // What cannot be seen cannot be dragged: hidden props leave the selection (not an undo step).
      const shown = new Set(
        get()
          .scene.props.filter((p) => !p.hidden)
          .map((p) => p.id),
      )
      if (hidden) set({ selection: get().selection.filter((id) => shown.has(id)) })
    },
    showAllProps: () => get().commit(showAll(get().scene), 'Show all'),
    dropSelection: () => edit('Drop', (s, ids) => restProps(s, ids, 'drop')),
    nudgeSelection: (axis, sign, big = false) =>
      edit('Nudge', (s, ids) => moveProps(s, ids, nudgeDelta(axis, sign, get().gridStepMm, big))),
  }
}
