import { useId, useState } from 'react'
import { useStore } from 'zustand'
import type { BookmarkId } from '../domain/scene/types'
import { useEditor, useEditorStore } from '../store/useEditor'
import { viewBridge, type ViewDirection } from '../store/viewBridge'
import { RenameField } from './RenameField'

const STANDARD: readonly { direction: ViewDirection; label: string; key: string }[] = [
  { direction: 'front', label: 'Front', key: '1' },
  { direction: 'side', label: 'Side', key: '3' },
  { direction: 'top', label: 'Top', key: '7' },
  { direction: 'perspective', label: 'Perspective view', key: '5' },
]

/**
 * The camera's menu: projection, the standard views, framing the selection, and the views saved with the
 * scene (go to, rename, update to the current view, remove; saving and changing them are undo steps). The
 * camera is reached through the view bridge; until the 3D view has connected it, these wait, and say so.
 */
export function ViewsPanel({ id }: { readonly id: string }) {
  const store = useEditorStore()
  const bookmarks = useEditor((s) => s.scene.bookmarks)
  const available = useStore(viewBridge, (b) => b.available)
  const projection = useStore(viewBridge, (b) => b.projection)
  const [renaming, setRenaming] = useState<BookmarkId | null>(null)
  const hintId = useId()
  const bridge = viewBridge.getState()
  const full = bookmarks.length >= 100
  const why = available ? undefined : hintId
  const save = () => {
    const view = bridge.getView()
    if (view) store.getState().addBookmark(view)
  }
  return (
    <div id={id} className="popover views-panel" role="group" aria-label="Views">
      {!available && (
        <p id={hintId} className="hint">
          The 3D view has not connected its camera yet: these work once it has.
        </p>
      )}
      <div role="group" aria-label="Projection" className="button-row">
        {(['perspective', 'orthographic'] as const).map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={projection === p}
            disabled={!available}
            aria-describedby={why}
            onClick={() => bridge.setProjection(p)}
          >
            {p === 'perspective' ? 'Perspective' : 'Orthographic'}
          </button>
        ))}
      </div>
      <div role="group" aria-label="Standard views" className="button-row">
        {STANDARD.map((v) => (
          <button
            key={v.direction}
            type="button"
            disabled={!available}
            aria-describedby={why}
            aria-keyshortcuts={v.key}
            title={`${v.label} (${v.key})`}
            onClick={() => bridge.viewFrom(v.direction)}
          >
            {v.label}
          </button>
        ))}
        <button
          type="button"
          disabled={!available}
          aria-describedby={why}
          aria-keyshortcuts="F"
          title="Frame the selection, or the whole base when nothing is selected (F)"
          onClick={() => bridge.focusSelection()}
        >
          Focus selection
        </button>
      </div>
      <h3>Saved views</h3>
      {bookmarks.length === 0 && <p className="hint">No saved views yet.</p>}
      <ul aria-label="Saved views" className="bookmarks">
        {bookmarks.map((b) => (
          <li key={b.id}>
            {renaming === b.id ? (
              <RenameField
                label={b.name}
                onDone={(name) => {
                  setRenaming(null)
                  if (name !== null) store.getState().renameBookmark(b.id, name)
                }}
              />
            ) : (
              <button
                type="button"
                className="bookmark-name"
                disabled={!available}
                aria-describedby={why}
                onClick={() => bridge.goTo(b)}
              >
                {b.name}
              </button>
            )}
            <button type="button" aria-label={`Rename ${b.name}`} onClick={() => setRenaming(b.id)}>
              Rename
            </button>
            <button
              type="button"
              aria-label={`Update ${b.name}`}
              title="Save the current view under this name"
              disabled={!available}
              onClick={() => {
                const view = bridge.getView()
                if (view) store.getState().updateBookmark(b.id, view)
              }}
            >
              Update
            </button>
            <button
              type="button"
              aria-label={`Remove ${b.name}`}
              onClick={() => store.getState().removeBookmark(b.id)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        disabled={!available || full}
        aria-describedby={why}
        aria-keyshortcuts="B"
        title={full ? 'A scene keeps up to 100 views' : 'Save the current view with the scene (B)'}
        onClick={save}
      >
        Save view
      </button>
    </div>
  )
}
