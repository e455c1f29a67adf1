import { lazy, Suspense } from 'react'
import { formatRatio } from '../domain/units/format'
import { useEditor, useEditorStore } from '../store/useEditor'

const MissingModels = lazy(() => import('./MissingModels'))

export interface ViewerActions {
  readonly editCopy: () => Promise<void>
  readonly leave: () => void
}

/** The top of the read-only viewer: what was shared, and the way to work on it without touching one's own. */
export function ViewerBar({ actions }: { readonly actions: ViewerActions }) {
  const name = useEditor((s) => s.scene.name)
  const count = useEditor((s) => s.scene.props.length)
  const ratio = useEditor((s) => s.scene.scale.ratio)
  const store = useEditorStore()
  const cutListOpen = useEditor((s) => s.cutListOpen)
  return (
    <header className="toolbar viewer-bar">
      <h1>Diorama Builder</h1>
      <p className="scene-title">
        <span className="scene-name">
          Shared scene: {count === 1 ? '1 prop' : `${count} props`}, {formatRatio(ratio)}
        </span>
        <span>“{name}”</span>
      </p>
      <Suspense fallback={null}>
        <MissingModels />
      </Suspense>
      <div className="toolbar-buttons">
        <button type="button" onClick={() => void actions.editCopy()}>
          Edit a copy
        </button>
        <button
          type="button"
          aria-pressed={cutListOpen}
          onClick={() => store.getState().setCutListOpen(!cutListOpen)}
        >
          Cut list
        </button>
        <button type="button" onClick={actions.leave}>
          Go to my dioramas
        </button>
      </div>
    </header>
  )
}
