import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { boot } from './app/boot'
import { startSession } from './app/session'
import { createEditorStore } from './store/editorStore'
import './app/app.css'

const root = createRoot(document.getElementById('root') as HTMLElement)
void boot().then(({ scene, rev, notices, canSave, dirty }) => {
  const store = createEditorStore(scene)
  for (const n of notices) store.getState().notify(n)
  const library = startSession(store, { rev, canSave, dirty })
  root.render(
    <StrictMode>
      <App store={store} library={library} />
    </StrictMode>,
  )
})
