import type { EditorStore } from '../store/editorStore'

export const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

const typingInto = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/**
 * Undo (Ctrl/Cmd+Z), redo (Ctrl/Cmd+Shift+Z or Ctrl+Y), delete (Del/Backspace), deselect (Esc). Keys typed into
 * a field belong to the field: the browser's own text undo stays intact there.
 */
export function installShortcuts(store: EditorStore): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    if (typingInto(e.target)) return
    const mod = isMac() ? e.metaKey : e.ctrlKey
    const s = store.getState()
    const key = e.key.toLowerCase()
    if (mod && key === 'z') s[e.shiftKey ? 'redo' : 'undo']()
    else if (mod && key === 'y') s.redo()
    else if (e.key === 'Delete' || e.key === 'Backspace') s.deleteSelection()
    else if (e.key === 'Escape') s.select([])
    else return
    e.preventDefault()
  }
  window.addEventListener('keydown', onKeyDown)
  return () => window.removeEventListener('keydown', onKeyDown)
}
