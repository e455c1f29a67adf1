import { useEffect } from 'react'
import type { EditorStore } from '../store/editorStore'
import { LibraryContext, type SceneLibrary } from '../store/library'
import { EditorContext } from '../store/useEditor'
import { Inspector } from '../ui/Inspector'
import { Notices } from '../ui/Notices'
import { Outliner } from '../ui/Outliner'
import { Palette } from '../ui/Palette'
import { SceneSummary } from '../ui/SceneSummary'
import { installShortcuts } from '../ui/shortcuts'
import { Toolbar } from '../ui/Toolbar'
import { ViewerBar, type ViewerActions } from '../ui/ViewerBar'
import Viewport from '../viewport/Viewport'
import { ErrorBoundary } from './ErrorBoundary'

type AppProps = { readonly store: EditorStore } & (
  | { readonly library: SceneLibrary; readonly viewer?: undefined }
  | { readonly viewer: ViewerActions; readonly library?: undefined }
)

/**
 * The editor's layout: toolbar on top, palette and outliner left, the 3D view, the inspector right. A shared
 * scene opens in the same layout, read-only, with the viewer's bar instead of the toolbar and no palette.
 */
export function App({ store, library, viewer }: AppProps) {
  useEffect(() => (viewer ? undefined : installShortcuts(store)), [store, viewer])
  const editor = (
    <div className={viewer ? 'editor viewer' : 'editor'}>
      {viewer ? <ViewerBar actions={viewer} /> : <Toolbar />}
      <Notices />
      <aside className="left">
        {!viewer && (
          <ErrorBoundary label="palette">
            <Palette />
          </ErrorBoundary>
        )}
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
  )
  return (
    <EditorContext.Provider value={store}>
      {library ? <LibraryContext.Provider value={library}>{editor}</LibraryContext.Provider> : editor}
    </EditorContext.Provider>
  )
}
