import { lazy, Suspense } from 'react'
import './editTools.css'

// Duplicate and group, snapping, views, measure and the keyboard help: just after the first frame.
const EditTools = lazy(() => import('./EditTools'))

/**
 * The toolbar's row of modelling tools. The row is there from the first paint, the same height empty as
 * full, so the 3D view below does not move when the tools arrive.
 */
export function EditToolsSlot() {
  return (
    <div className="edit-tools">
      <Suspense fallback={null}>
        <EditTools />
      </Suspense>
    </div>
  )
}
