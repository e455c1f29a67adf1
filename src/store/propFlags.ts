import { setHidden, setLocked } from '../domain/scene/propFlags'
import type { PropId } from '../domain/scene/types'
import type { EditorState } from './editorStore'

/**
 * Locking and hiding props by id, selected or not (the outliner's switches): one undo step each. The
 * selection's own versions are `setSelectionLocked` and `setSelectionHidden`.
 */
export const lockProps = (s: EditorState, ids: readonly PropId[], locked: boolean) =>
  s.commit(setLocked(s.scene, ids, locked), locked ? 'Lock' : 'Unlock')

/** Hides or shows props; hidden props leave the selection, as what cannot be seen cannot be dragged. */
export function hideProps(s: EditorState, ids: readonly PropId[], hidden: boolean): void {
  s.commit(setHidden(s.scene, ids, hidden), hidden ? 'Hide' : 'Show')
  if (hidden) s.removeFromSelection(ids)
}
