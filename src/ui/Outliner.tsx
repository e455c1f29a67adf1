import { familyOf } from '../domain/catalog'
import { useEditor, useEditorStore } from '../store/useEditor'

/** The scene's props as a list: a second way to find and select what the viewport may hide. */
export function Outliner() {
  const props = useEditor((s) => s.scene.props)
  const selection = useEditor((s) => s.selection)
  const store = useEditorStore()
  return (
    <section className="panel outliner" aria-labelledby="outliner-title">
      <h2 id="outliner-title">
        Outliner <span className="count">{props.length === 1 ? '1 prop' : `${props.length} props`}</span>
      </h2>
      <ul aria-label="Props in the scene">
        {props.map((p) => {
          const family = familyOf(p.kind)
          const label = p.name ?? family?.label ?? p.kind
          return (
            <li key={p.id}>
              <button
                type="button"
                aria-pressed={selection.includes(p.id)}
                onClick={(e) => {
                  const s = store.getState()
                  if (!(e.shiftKey || e.ctrlKey || e.metaKey)) return s.select([p.id])
                  s.select(
                    s.selection.includes(p.id)
                      ? s.selection.filter((x) => x !== p.id)
                      : [...s.selection, p.id],
                  )
                }}
              >
                <span className={`swatch swatch-${family?.material ?? 'plastic'}`} aria-hidden="true" />
                {label}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
