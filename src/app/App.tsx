import { lazy, Suspense, useEffect, type ReactNode } from 'react'
import type { EditorStore } from '../store/editorStore'
import { LibraryContext, type SceneLibrary } from '../store/library'
import { EditorContext, useEditor } from '../store/useEditor'
import { ModelLibraryContext } from '../store/modelLibrary'
import { WorkshopContext } from '../store/workshopContext'
import { Inspector } from '../ui/Inspector'
import { Notices } from '../ui/Notices'
import { Outliner } from '../ui/Outliner'
import { Palette } from '../ui/Palette'
import { installShortcuts } from '../ui/shortcuts'
import { Toolbar } from '../ui/Toolbar'
import { ViewerBar, type ViewerActions } from '../ui/ViewerBar'
import { ErrorBoundary } from './ErrorBoundary'
import { ViewportRegion } from './ViewportRegion'
import { loadWorkshopStore } from './workshopStorage'
import { usePhoto } from '../store/photoStore'
import './a11y.css'

/** Imported models (IndexedDB, the glTF/STL parsers) load when the palette first asks for them. */
const loadModels = () => import('./modelStore').then((m) => m.loadModelLibrary())

// Photo mode's own bar loads when photo mode opens.
const PhotoBar = lazy(() => import('../ui/PhotoBar').then((m) => ({ default: m.PhotoBar })))

// The cut list (packing worker, diagrams, PDF) loads when first opened.
const CutListPanel = lazy(() => import('../ui/cutlist/CutListPanel'))

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
  // Each scene's reference photo, kept in this browser: the code loads after the first frame.
  useEffect(() => {
    if (viewer) return undefined
    let stop: (() => void) | undefined
    let gone = false
    void import('./referenceStorage').then((m) => {
      if (!gone) stop = m.followReferences(store)
    })
    return () => {
      gone = true
      stop?.()
    }
  }, [store, viewer])
  const editor = (
    <EditorLayout viewer={viewer !== undefined}>
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
      <ViewportRegion />
      <aside className="right">
        <ErrorBoundary label="inspector">
          <Inspector />
        </ErrorBoundary>
      </aside>
      <CutListDrawer />
    </EditorLayout>
  )
  return (
    <EditorContext.Provider value={store}>
      <ErrorBoundary label="editor">
        <WorkshopContext.Provider value={loadWorkshopStore}>
          <ModelLibraryContext.Provider value={loadModels}>
            {library ? <LibraryContext.Provider value={library}>{editor}</LibraryContext.Provider> : editor}
          </ModelLibraryContext.Provider>
        </WorkshopContext.Provider>
      </ErrorBoundary>
    </EditorContext.Provider>
  )
}

function EditorLayout({ viewer, children }: { readonly viewer: boolean; readonly children: ReactNode }) {
  const cutList = useEditor((s) => s.cutListOpen)
  const photo = usePhoto((s) => s.open)
  return (
    <div
      className={`editor${viewer ? ' viewer' : ''}${cutList ? ' with-cutlist' : ''}${photo ? ' photo' : ''}`}
    >
      {children}
      {photo && (
        <Suspense fallback={null}>
          <PhotoBar />
        </Suspense>
      )}
    </div>
  )
}

function CutListDrawer() {
  const open = useEditor((s) => s.cutListOpen)
  if (!open) return null
  return (
    <ErrorBoundary label="cut list">
      <Suspense fallback={<p className="cutlist hint">Opening the cut list…</p>}>
        <CutListPanel />
      </Suspense>
    </ErrorBoundary>
  )
}
