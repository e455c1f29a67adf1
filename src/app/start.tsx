import { StrictMode } from 'react'
import type { Root } from 'react-dom/client'
import type { Scene } from '../domain/scene/types'
import { createEditorStore } from '../store/editorStore'
import { issueLine } from '../domain/schema/errors'
import { App } from './App'
import { boot } from './boot'
import { newId } from '../domain/scene/ids'
import { saveScene } from './sceneStore'
import { registerServiceWorker } from './serviceWorker'
import { startSession } from './session'

/** A share link's fragment starts "#d<version>."; the decoder loads only when one is there. */
const SHARE_LINK = /^#d\d+\./

/**
 * Opens the editor on the maker's own scenes, or, for a share link, a read-only viewer of the shared scene
 * that never touches them. A damaged link is said plainly and the editor opens as usual.
 */
export async function start(root: Root): Promise<void> {
  const hash = location.hash
  let linkProblem: { text: string; details: readonly string[] } | undefined
  if (SHARE_LINK.test(hash)) {
    const { decodeShareLink } = await import('../domain/sharelink/shareLink')
    const result = decodeShareLink(hash, { now: new Date() })
    if (result.ok) return showViewer(root, result.value)
    linkProblem = {
      text: result.error.message,
      details: (result.error.issues ?? []).slice(0, 20).map(issueLine),
    }
    // The link stays in the chat it came from; clear it here so a reload opens the editor without the error.
    history.replaceState(null, '', location.pathname + location.search)
  }
  const { scene, rev, notices, canSave, dirty } = await boot()
  const store = createEditorStore(scene)
  if (linkProblem)
    store.getState().notify({
      level: 'error',
      text: `${linkProblem.text} Your own scenes are untouched.`,
      details: linkProblem.details,
    })
  for (const n of notices) store.getState().notify(n)
  const library = startSession(store, { rev, canSave, dirty })
  root.render(
    <StrictMode>
      <App store={store} library={library} />
    </StrictMode>,
  )
  registerServiceWorker()
}

function showViewer(root: Root, scene: Scene) {
  const store = createEditorStore(scene, { readOnly: true })
  const leave = () => {
    history.replaceState(null, '', location.pathname + location.search)
    location.reload()
  }
  const viewer = {
    editCopy: async () => {
      // A copy with its own id becomes the open scene; the maker's other scenes are not touched.
      const copy = { ...scene, id: newId('s'), updatedAt: new Date().toISOString() }
      const saved = await saveScene(copy, 0).catch(() => null)
      if (saved?.ok) return leave()
      store.getState().notify({
        level: 'error',
        text: 'Could not keep a copy in this browser (storage is full or unavailable). Use "Save file" to keep it.',
      })
    },
    leave,
  }
  root.render(
    <StrictMode>
      <App store={store} viewer={viewer} />
    </StrictMode>,
  )
  registerServiceWorker()
}
