import { findProp } from '../domain/scene/editProps'
import type { Prop } from '../domain/scene/types'
import type { EditorState } from './editorStore'

/** The single selected prop, for the inspector; undefined for none or many. */
export const selectedProp = (s: EditorState): Prop | undefined =>
  s.selection.length === 1 && s.selection[0] ? findProp(s.scene, s.selection[0]) : undefined

/** The selected props in scene order; a new array each call, so read it with useShallow. */
export const selectedProps = (s: EditorState): Prop[] => {
  const wanted = new Set(s.selection)
  return s.scene.props.filter((p) => wanted.has(p.id))
}

export const canUndo = (s: EditorState) => s.history.past.length > 0
export const canRedo = (s: EditorState) => s.history.future.length > 0
export const undoLabel = (s: EditorState) => s.history.past[s.history.past.length - 1]?.label
export const redoLabel = (s: EditorState) => s.history.future[s.history.future.length - 1]?.label
