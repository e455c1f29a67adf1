import { issueLine } from '../domain/schema/errors'
import { newId } from '../domain/scene/ids'
import type { Scene } from '../domain/scene/types'
import type { EditorStore } from '../store/editorStore'
import type { SceneLibrary } from '../store/library'
import { captureThumbnail } from '../viewport/thumbnail'
import { openStored } from './openStored'
import {
  adoptStoredParts,
  binScene,
  isQuotaError,
  listScenes,
  readScene,
  renameInIndex,
  restoreScene,
  saveScene,
  setAsideUnsaved,
  setCurrentSceneId,
  setThumbnail,
} from './sceneStore'
import { warmSceneText } from './sceneText'
import { tabChannel, type TabMessage } from './tabChannel'

/** Saved within this long after the last edit; a burst of edits is one write. */
export const AUTOSAVE_DELAY_MS = 500
/** A fresh picture for the scene list at most this often (it costs a render). */
const THUMBNAIL_EVERY_MS = 10_000

/**
 * The open scene's life in this tab: autosave after edits and when the page hides, the scene list, and
 * the other tabs. Nothing is ever overwritten silently: a save that finds another tab's newer save keeps
 * this tab's work as a copy, and a clean tab follows another tab's saves.
 */
export function startSession(
  store: EditorStore,
  opened: { rev: number; canSave: boolean; dirty?: boolean },
): SceneLibrary & { dispose(): void } {
  let baseRev = opened.rev
  let pending: Scene | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let chain: Promise<void> = Promise.resolve()
  let lastThumbnailAt = 0
  let following = false
  let storageProblem = false
  const listeners = new Set<() => void>()
  const channel = tabChannel()
  const changed = () => listeners.forEach((l) => l())

  const reportError = (e: unknown) => {
    if (storageProblem) return
    storageProblem = true
    const quota = isQuotaError(e)
    store.getState().notify({
      id: 'storage',
      level: 'warning',
      text: quota
        ? 'Browser storage is full, so changes are not being saved here. Keep working, and use "Save file" to keep a copy.'
        : `Could not save to this browser's storage (${(e as Error)?.message ?? e}). Keep working, and use "Save file" to keep a copy.`,
    })
  }

  /**
   * The list's picture, taken after the save and when the browser is idle: it must never hold up a save (or
   * the news that a save failed), and it is read back without waiting on the GPU (see ThumbnailCamera).
   */
  const refreshThumbnail = (id: string, force: boolean) => {
    const now = Date.now()
    if (!force && now - lastThumbnailAt < THUMBNAIL_EVERY_MS) return
    lastThumbnailAt = now
    const take = async () => {
      const thumbnail = await captureThumbnail()
      if (thumbnail && store.getState().scene.id === id)
        void setThumbnail(id, thumbnail).then(changed, () => {})
    }
    if ('requestIdleCallback' in window) requestIdleCallback(() => void take(), { timeout: 5000 })
    else setTimeout(() => void take(), 200)
  }

  const write = async (scene: Scene, force = false) => {
    const startedAt = performance.now()
    const result = await saveScene(scene, baseRev)
    if (result.ok) {
      const after = performance.now()
      refreshThumbnail(scene.id, force)
      baseRev = result.rev
      if (storageProblem) {
        storageProblem = false
        store.getState().dismiss('storage')
      }
      channel.post({ type: 'saved', id: scene.id, rev: result.rev })
      changed()
      // The main-thread time of this save (its synchronous steps, not the waits), for the benchmarks.
      const workMs = result.workMs + performance.now() - after
      performance.measure('autosave', {
        start: startedAt,
        duration: workMs,
        detail: { props: scene.props.length },
      })
      return
    }
    // Another tab saved this scene since we read it: keep ours as a copy, never over theirs.
    const copy = { ...scene, id: newId('s'), name: `${scene.name} (copy)`.slice(0, 120) }
    baseRev = 0
    const saved = await saveScene(copy, 0)
    if (saved.ok) baseRev = saved.rev
    store.getState().adoptIdentity(copy.id, copy.name)
    store.getState().notify({
      level: 'warning',
      text: `“${scene.name}” was also changed in another tab, so your changes here were saved as “${copy.name}”. Both are in My dioramas.`,
    })
    channel.post({ type: 'index' })
    changed()
  }

  const flush = (force = false): Promise<void> => {
    clearTimeout(timer)
    const scene = pending
    pending = undefined
    if (scene && opened.canSave) chain = chain.then(() => write(scene, force)).catch(reportError)
    return chain
  }

  // Opening a scene: its props' texts are written ahead in idle time, so saves only join them, and the stored
  // parts are matched to its props, so the first save writes only what changed.
  const warm = () => {
    const scene = store.getState().scene
    warmSceneText(
      scene,
      () => store.getState().scene.id === scene.id,
      () => adoptStoredParts(scene),
    )
  }
  warm()

  if (opened.dirty) {
    pending = store.getState().scene
    timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
  }

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.scene === prev.scene || following) return
    pending = state.scene
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
  })

  /** Another tab saved the scene open here and this tab has nothing unsaved: show their version. */
  const follow = async (id: string, rev: number) => {
    await chain
    if (pending || store.getState().scene.id !== id || rev <= baseRev) return
    const { raw, rev: storedRev } = await readScene(id)
    const result = await openStored(raw)
    if (!result.ok || pending) return
    following = true
    store.getState().replaceScene(result.value, 'Changes from another tab')
    following = false
    baseRev = storedRev
    store
      .getState()
      .notify({ id: 'followed', level: 'info', text: 'Updated with changes made in another tab.' })
  }

  const stopListening = channel.listen((message: TabMessage) => {
    if (message.type === 'saved') void follow(message.id, message.rev)
    changed()
  })

  const onHide = () => {
    if (document.visibilityState !== 'hidden') return
    if (pending && opened.canSave) setAsideUnsaved(pending, baseRev)
    void flush(true)
  }
  // Closing a tab fires beforeunload first, while the page is fully alive; pagehide covers the rest. The
  // checked save needs a read before it writes, which a closing page may not live to see: set the scene aside
  // first, then save as usual (which clears what was set aside if the page lives on).
  const onPageHide = () => {
    if (pending && opened.canSave) setAsideUnsaved(pending, baseRev)
    void flush()
  }
  document.addEventListener('visibilitychange', onHide)
  window.addEventListener('beforeunload', onPageHide)
  window.addEventListener('pagehide', onPageHide)

  const openScene = (scene: Scene, rev: number) => {
    following = true
    store.getState().loadScene(scene)
    following = false
    baseRev = rev
    warm()
    return setCurrentSceneId(scene.id)
  }

  return {
    list: listScenes,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    currentId: () => store.getState().scene.id,
    open: async (id) => {
      await flush(true)
      const { raw, rev } = await readScene(id)
      const result = await openStored(raw)
      if (!result.ok) {
        store.getState().notify({
          level: 'error',
          text: `Could not open that scene: ${result.error.summary}. It stays in the list, unchanged, and can be downloaded from there.`,
          details: result.error.issues.slice(0, 20).map(issueLine),
        })
        return
      }
      await openScene(result.value, rev)
    },
    add: async (scene) => {
      await flush(true)
      const fresh = { ...scene, id: newId('s') }
      baseRev = 0
      store.getState().loadScene(fresh)
      pending = fresh
      await flush(true)
      channel.post({ type: 'index' })
    },
    rename: async (id, name) => {
      if (id === store.getState().scene.id) {
        store.getState().renameScene(name)
        return flush(true)
      }
      await renameInIndex(id, name.trim().slice(0, 120))
      const { raw, rev } = await readScene(id)
      const result = await openStored(raw)
      if (result.ok)
        await saveScene({ ...result.value, name: name.trim().slice(0, 120) }, rev, { open: false })
      channel.post({ type: 'index' })
      changed()
    },
    duplicate: async (id) => {
      await flush(true)
      const { raw } = await readScene(id)
      const result = await openStored(raw)
      if (!result.ok) return
      const copy = { ...result.value, id: newId('s'), name: `${result.value.name} (copy)`.slice(0, 120) }
      await saveScene(copy, 0, { open: false })
      channel.post({ type: 'index' })
      changed()
    },
    remove: async (id) => {
      await flush(true)
      await binScene(id)
      channel.post({ type: 'index' })
      changed()
    },
    restore: async (id) => {
      await restoreScene(id)
      channel.post({ type: 'index' })
      changed()
    },
    dispose: () => {
      void flush()
      unsubscribe()
      stopListening()
      document.removeEventListener('visibilitychange', onHide)
      window.removeEventListener('beforeunload', onPageHide)
      window.removeEventListener('pagehide', onPageHide)
    },
  }
}
