import type { Axis } from '../domain/units/vec'
import type { EditorState } from '../store/editorStore'
import { measureStore } from '../store/measureStore'
import { selectedProps } from '../store/selectors'
import { toolStore } from '../store/toolStore'
import { viewBridge, type ViewDirection } from '../store/viewBridge'
import { setHelpOpen } from './helpState'
import type { Combo } from './shortcuts'

type Action = (s: EditorState) => void

/** One grid step along `axis` (ten with Shift): ←/→ along X, ↑/↓ along Z (↑ away from the viewer), Page Up/Down along Y. */
const nudge =
  (axis: Axis, sign: 1 | -1, big = false): Action =>
  (s) =>
    s.nudgeSelection(axis, sign, big)
const view = (direction: ViewDirection) => () => viewBridge.getState().viewFrom(direction)
const redo: Action = (s) => s.redo()
const remove: Action = (s) => s.deleteSelection()

/** Locks the selection unless all of it is locked already; then unlocks it. */
const toggleLock: Action = (s) => {
  const props = selectedProps(s)
  if (props.length > 0) s.setSelectionLocked(props.some((p) => !p.locked))
}

const saveView: Action = (s) => {
  const camera = viewBridge.getState().getView()
  if (camera) return void s.addBookmark(camera)
  s.dismiss('no-view')
  s.notify({ id: 'no-view', level: 'info', text: 'The 3D view is not ready yet: there is no view to save.' })
}

/** What every bound key does (shortcuts.ts lists them, and only loads this with the first key). */
export const ACTIONS: Readonly<Record<Combo, Action>> = {
  'Mod+z': (s) => s.undo(),
  'Mod+Shift+z': redo,
  'Mod+y': redo,
  Delete: remove,
  Backspace: remove,
  Escape: (s) => s.clearSelection(),
  'Mod+a': (s) => s.selectAll(),
  'Mod+d': (s) => void s.duplicateSelection(),
  'Mod+g': (s) => void s.groupSelection(),
  'Mod+Shift+g': (s) => s.ungroupSelection(),
  h: (s) => s.setSelectionHidden(true),
  'Alt+h': (s) => s.showAllProps(),
  l: toggleLock,
  ArrowLeft: nudge('x', -1),
  ArrowRight: nudge('x', 1),
  ArrowUp: nudge('z', -1),
  ArrowDown: nudge('z', 1),
  PageUp: nudge('y', 1),
  PageDown: nudge('y', -1),
  'Shift+ArrowLeft': nudge('x', -1, true),
  'Shift+ArrowRight': nudge('x', 1, true),
  'Shift+ArrowUp': nudge('z', -1, true),
  'Shift+ArrowDown': nudge('z', 1, true),
  'Shift+PageUp': nudge('y', 1, true),
  'Shift+PageDown': nudge('y', -1, true),
  r: (s) => s.rotateSelection(s.angleStepDeg),
  'Shift+r': (s) => s.rotateSelection(-s.angleStepDeg),
  End: (s) => s.dropSelection(),
  w: () => toolStore.getState().setGizmoMode('move'),
  e: () => toolStore.getState().setGizmoMode('turn'),
  f: () => viewBridge.getState().focusSelection(),
  '1': view('front'),
  '3': view('side'),
  '7': view('top'),
  '5': view('perspective'),
  b: saveView,
  m: () => measureStore.getState().toggle(),
  '?': () => setHelpOpen(true),
}
