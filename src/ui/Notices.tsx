import { useEditor, useEditorStore } from '../store/useEditor'

/** What went wrong, said plainly, with what can be done about it one click away. */
export function Notices() {
  const notices = useEditor((s) => s.notices)
  const store = useEditorStore()
  if (notices.length === 0) return null
  return (
    <div className="notices">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.level}`}
          role={n.level === 'error' ? 'alert' : 'status'}
        >
          <p>{n.text}</p>
          {n.details && n.details.length > 0 && (
            <details>
              <summary>What was wrong</summary>
              <ul>
                {n.details.map((d, i) => (
                  <li key={i}>
                    <code>{d}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="notice-actions">
            {n.actions?.map((a) => (
              <button key={a.label} type="button" onClick={a.run}>
                {a.label}
              </button>
            ))}
            <button type="button" onClick={() => store.getState().dismiss(n.id)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  )
}
