import { lazy, Suspense, useMemo } from 'react'
import { useStore } from 'zustand'
import { measureStore } from '../store/measureStore'
import { selectionFacts } from '../store/selectionFacts'
import { selectedProp } from '../store/selectors'
import { useEditor } from '../store/useEditor'

const PropInspector = lazy(() => import('./PropInspector'))
// Arranging and measuring load with their first use, so the first frame does not wait for them.
const ArrangePanel = lazy(() => import('./ArrangePanel'))
const MeasurePanel = lazy(() => import('./MeasurePanel'))

/**
 * The selected prop in numbers: size and place in model mm and in real-world units, all editable. With
 * several props: how many and their size together. Below, arranging the selection and the measuring tape.
 */
export function Inspector() {
  const prop = useEditor(selectedProp)
  const selection = useEditor((s) => s.selection)
  const scene = useEditor((s) => s.scene)
  const readOnly = useEditor((s) => s.readOnly)
  const measuring = useStore(measureStore, (m) => m.active)
  const facts = useMemo(() => selectionFacts(scene, selection), [scene, selection])
  const count = selection.length
  return (
    <section className="panel inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">Inspector</h2>
      {measuring && (
        <Suspense fallback={null}>
          <MeasurePanel centres={facts?.centresMm ?? []} />
        </Suspense>
      )}
      {prop ? (
        <Suspense fallback={<p className="hint">Loading…</p>}>
          <PropInspector key={prop.id} prop={prop} scene={scene} />
        </Suspense>
      ) : (
        <p className="hint">
          {count > 1 ? `${count} props selected.` : 'Click a prop to see its size and place.'}
        </p>
      )}
      {facts && !readOnly && (
        <Suspense fallback={null}>
          <ArrangePanel facts={facts} count={count} />
        </Suspense>
      )}
    </section>
  )
}
