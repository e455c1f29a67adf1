import { useEffect } from 'react'
import type { EditorStore } from '../store/editorStore'
import { LibraryContext, type SceneLibrary } from '../store/library'
import { EditorContext } from '../store/useEditor'
import { Inspector } from '../ui/Inspector'
import { Notices } from '../ui/Notices'
import { Outliner } from '../ui/Outliner'
import { Palette } from '../ui/Palette'
import { installShortcuts } from '../ui/shortcuts'
import { Toolbar } from '../ui/Toolbar'
import { SceneSummary } from '../ui/SceneSummary'
import Viewport from '../viewport/Viewport'
import { ErrorBoundary } from './ErrorBoundary'

/** The editor's layout: toolbar on top, palette and outliner left, the 3D view, the inspector right. */
export function App({ store, library }: { readonly store: EditorStore; readonly library: SceneLibrary }) {
  useEffect(() => installShortcuts(store), [store])
  return (
    <EditorContext.Provider value={store}>
      <LibraryContext.Provider value={library}>
        <div className="editor">
          <Toolbar />
          <Notices />
          <aside className="left">
            <ErrorBoundary label="palette">
              <Palette />
            </ErrorBoundary>
            <ErrorBoundary label="outliner">
              <Outliner />
            </ErrorBoundary>
          </aside>
          <main className="viewport" aria-label="3D view">
            <SceneSummary />
            <ErrorBoundary label="3D view">
              <Viewport />
            </ErrorBoundary>
          </main>
          <aside className="right">
            <ErrorBoundary label="inspector">
              <Inspector />
            </ErrorBoundary>
          </aside>
        </div>
      </LibraryContext.Provider>
    </EditorContext.Provider>
  )
}
