import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { installAutosave } from './app/autosave'
import { boot } from './app/boot'
import { createEditorStore } from './store/editorStore'
import './app/app.css'

const root = createRoot(document.getElementById('root') as HTMLElement)
void boot().then(({ scene, notices, autosave }) => {
  const store = createEditorStore(scene)
  for (const n of notices) store.getState().notify(n)
  if (autosave) installAutosave(store)
  root.render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  )
})
