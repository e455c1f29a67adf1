import { lazy, Suspense } from 'react'
import { selectedProp } from '../store/selectors'
import { useEditor } from '../store/useEditor'

const PropInspector = lazy(() => import('./PropInspector'))

/** The selected prop in numbers: size and place in model mm and in real-world units, all editable. */
export function Inspector() {
  const prop = useEditor(selectedProp)
  const count = useEditor((s) => s.selection.length)
  const scene = useEditor((s) => s.scene)
  return (
    <section className="panel inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">Inspector</h2>
      {prop ? (
        <Suspense fallback={<p className="hint">Loading…</p>}>
          <PropInspector key={prop.id} prop={prop} scene={scene} />
        </Suspense>
      ) : (
        <p className="hint">
          {count > 1 ? `${count} props selected.` : 'Click a prop to see its size and place.'}
        </p>
      )}
    </section>
  )
}
