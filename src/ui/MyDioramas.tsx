import { useCallback, useEffect, useId, useState } from 'react'
import type { SceneSummary } from '../domain/scene/summary'
import { formatRatio } from '../domain/units/format'
import { useLibrary } from '../store/library'
import { useModalDialog } from './useModalDialog'

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/**
 * Every scene kept in this browser, newest first: open, rename, duplicate, delete (with undo). Names come
 * from files and links, so they are shown as text only.
 */
export function MyDioramas({ onClose }: { readonly onClose: () => void }) {
  const titleId = useId()
  const dialog = useModalDialog<HTMLDivElement>(onClose)
  const library = useLibrary()
  const [scenes, setScenes] = useState<SceneSummary[] | null>(null)
  const [deleted, setDeleted] = useState<SceneSummary | null>(null)
  const [renaming, setRenaming] = useState<string | null>(null)
  const [unreadable, setUnreadable] = useState<string | null>(null)
  const refresh = useCallback(
    () =>
      void library.list().then(setScenes, (e: unknown) => setUnreadable(String((e as Error)?.message ?? e))),
    [library],
  )
  useEffect(() => {
    refresh()
    return library.subscribe(refresh)
  }, [library, refresh])
  const current = library.currentId()

  return (
    <div className="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="dialog scene-list"
      >
        <h2 id={titleId}>My dioramas</h2>
        {deleted && (
          <p role="status" className="undo-bar">
            Deleted “{deleted.name}”.{' '}
            <button
              type="button"
              onClick={() => void library.restore(deleted.id).then(() => setDeleted(null))}
            >
              Undo delete
            </button>
          </p>
        )}
        {unreadable !== null ? (
          <p role="alert">
            Saved scenes cannot be read in this browser ({unreadable}). The open scene is kept until the tab
            closes: use “Save file” to keep it.
          </p>
        ) : scenes === null ? (
          <p className="hint">Loading…</p>
        ) : scenes.length === 0 ? (
          <p className="hint">No saved scenes yet: the open one is saved as soon as you change it.</p>
        ) : (
          <ul aria-label="Saved scenes">
            {scenes.map((s) => (
              <li key={s.id} className={s.id === current ? 'current' : undefined}>
                {s.thumbnail ? (
                  <img src={s.thumbnail} alt="" width={96} height={60} />
                ) : (
                  <span className="no-thumb" />
                )}
                <div className="scene-meta">
                  {renaming === s.id ? (
                    <input
                      aria-label={`New name for ${s.name}`}
                      defaultValue={s.name}
                      maxLength={120}
                      autoFocus
                      onKeyDown={(e) => {
                        if (e.key === 'Escape') setRenaming(null)
                        if (e.key === 'Enter')
                          void library.rename(s.id, e.currentTarget.value).then(() => setRenaming(null))
                      }}
                      onBlur={(e) =>
                        void library.rename(s.id, e.currentTarget.value).then(() => setRenaming(null))
                      }
                    />
                  ) : (
                    <strong>{s.name}</strong>
                  )}
                  <span className="hint">
                    {formatRatio(s.ratio)} · {s.propCount === 1 ? '1 prop' : `${s.propCount} props`} ·{' '}
                    {when(s.updatedAt)}
                    {s.id === current ? ' · open now' : ''}
                  </span>
                </div>
                <div className="scene-actions">
                  <button
                    type="button"
                    aria-label={`Open ${s.name}`}
                    disabled={s.id === current}
                    onClick={() => void library.open(s.id).then(onClose)}
                  >
                    Open
                  </button>
                  <button type="button" aria-label={`Rename ${s.name}`} onClick={() => setRenaming(s.id)}>
                    Rename
                  </button>
                  <button
                    type="button"
                    aria-label={`Duplicate ${s.name}`}
                    onClick={() => void library.duplicate(s.id)}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    aria-label={`Delete ${s.name}`}
                    disabled={s.id === current}
                    title={s.id === current ? 'Open another scene to delete this one' : undefined}
                    onClick={() => void library.remove(s.id).then(() => setDeleted(s))}
                  >
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  )
}
