import type { Scene } from '../domain/scene/types'
import type { EditorStore } from '../store/editorStore'
import { AUTOSAVE_KEY, writeStored } from './storage'

/** Saved within this long after the last edit; a burst of edits is one write. */
export const AUTOSAVE_DELAY_MS = 500

/**
 * Writes the scene to IndexedDB after edits, and at once when the page is hidden or closed. A failed write
 * keeps the scene in memory and says so once, pointing at "Save file".
 */
export function installAutosave(store: EditorStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: Scene | undefined
  let warned = false
  const flush = () => {
    clearTimeout(timer)
    const scene = pending
    pending = undefined
    if (!scene) return
    writeStored(AUTOSAVE_KEY, JSON.stringify(scene)).catch((e: unknown) => {
      if (warned) return
      warned = true
      store.getState().notify({
        level: 'warning',
        text: `Could not save to this browser's storage (${(e as Error).message}). Keep working, and use "Save file" to keep a copy.`,
      })
    })
  }
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.scene === prev.scene) return
    pending = state.scene
    clearTimeout(timer)
    timer = setTimeout(flush, AUTOSAVE_DELAY_MS)
  })
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush()
  }
  document.addEventListener('visibilitychange', onHide)
  window.addEventListener('pagehide', flush)
  return () => {
    flush()
    unsubscribe()
    document.removeEventListener('visibilitychange', onHide)
    window.removeEventListener('pagehide', flush)
  }
}
