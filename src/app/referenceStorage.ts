import { del, get, set } from 'idb-keyval'
import type { EditorStore } from '../store/editorStore'
import { referenceStore, type ReferencePhoto } from '../store/referenceStore'
import { isQuotaError } from './sceneStore'

const keyOf = (sceneId: string) => `reference:${sceneId}`

/**
 * Keeps each scene's reference photo in IndexedDB under its scene id: loads it when a scene opens, saves it
 * when it changes. Returns the unsubscribe.
 */
export function followReferences(editor: EditorStore): () => void {
  let sceneId = editor.getState().scene.id
  let loading = false
  const load = async (id: string) => {
    loading = true
    try {
      // Through a promise: where IndexedDB cannot be opened at all, idb-keyval throws at once.
      const stored = await Promise.resolve()
        .then(() => get<ReferencePhoto>(keyOf(id)))
        .catch(() => undefined)
      if (id === sceneId) referenceStore.getState().setPhoto(stored?.image instanceof Blob ? stored : null)
    } finally {
      loading = false
    }
  }
  void load(sceneId)
  const stopScene = editor.subscribe((state) => {
    if (state.scene.id === sceneId) return
    sceneId = state.scene.id
    void load(sceneId)
  })
  const stopPhoto = referenceStore.subscribe((state, previous) => {
    if (loading || state.photo === previous.photo) return
    const photo = state.photo
    const write = Promise.resolve().then(() => (photo ? set(keyOf(sceneId), photo) : del(keyOf(sceneId))))
    write.then(
      () => state.problem && referenceStore.getState().setProblem(undefined),
      (e: unknown) =>
        referenceStore
          .getState()
          .setProblem(
            `The reference photo could not be kept (${isQuotaError(e) ? 'storage is full' : 'storage is not available'}); it stays until this tab closes.`,
          ),
    )
  })
  return () => {
    stopScene()
    stopPhoto()
  }
}
