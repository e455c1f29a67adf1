import { lazy, Suspense, useRef } from 'react'
import { useEditor } from '../store/useEditor'

// The list itself (groups, switches, renaming, keys) loads with the first frame's other parts.
const OutlinerList = lazy(() => import('./OutlinerList'))

/** The scene's props as a list: a second way to find and select what the viewport may hide. */
export function Outliner() {
  const count = useEditor((s) => s.scene.props.length)
  const title = useRef<HTMLHeadingElement>(null)
  return (
    <section className="panel outliner" aria-labelledby="outliner-title">
      {/* Escape in the list comes back here, so the arrow keys move the selection again. */}
      <h2 id="outliner-title" ref={title} tabIndex={-1}>
        Outliner <span className="count">{count === 1 ? '1 prop' : `${count} props`}</span>
      </h2>
      <Suspense fallback={<p className="hint">Loading…</p>}>
        <OutlinerList title={title} />
      </Suspense>
    </section>
  )
}
