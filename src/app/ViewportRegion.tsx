import { useEffect, useId, useRef, useState } from 'react'
import { SceneSummary } from '../ui/SceneSummary'
import Viewport from '../viewport/Viewport'
import { ErrorBoundary } from './ErrorBoundary'
import './recovery.css'

/** A context the browser has not given back by then is given up: the view starts over on a new canvas. */
export const CONTEXT_RESTORE_WAIT_MS = 5000

/**
 * The 3D view's region: the canvas, described in words for screen readers (the scene summary), and kept
 * alive through a lost WebGL context (a GPU reset, a driver update, too many tabs). When the context comes
 * back, or has not come back after a while, the view is mounted afresh on a new canvas: three.js would
 * rebuild its own GL state, but not what was drawn on the GPU (the prefiltered environment), so the scene
 * would come back darker. The scene and selection live in the store, so they are the same afterwards; the
 * camera returns to its starting view.
 */
export function ViewportRegion() {
  const summaryId = useId()
  const region = useRef<HTMLElement>(null)
  const [lost, setLost] = useState(false)
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    const element = region.current
    if (!element) return
    let giveUp: ReturnType<typeof setTimeout> | undefined
    // Context events do not bubble: listen in the capture phase, above whichever canvas is current.
    const remount = () => {
      clearTimeout(giveUp)
      setLost(false)
      setGeneration((g) => g + 1)
    }
    const onLost = (e: Event) => {
      // A canvas being disposed after a remount loses its context on purpose.
      if (!(e.target as Element).isConnected) return
      setLost(true)
      clearTimeout(giveUp)
      giveUp = setTimeout(remount, CONTEXT_RESTORE_WAIT_MS)
    }
    const onRestored = (e: Event) => {
      if ((e.target as Element).isConnected) remount()
    }
    element.addEventListener('webglcontextlost', onLost, true)
    element.addEventListener('webglcontextrestored', onRestored, true)
    return () => {
      clearTimeout(giveUp)
      element.removeEventListener('webglcontextlost', onLost, true)
      element.removeEventListener('webglcontextrestored', onRestored, true)
    }
  }, [])

  return (
    <main ref={region} className="viewport" aria-label="3D view" aria-describedby={summaryId}>
      <SceneSummary id={summaryId} />
      {lost && (
        <p role="status" className="viewport-lost">
          The graphics card was reset: restoring the 3D view…
        </p>
      )}
      <ErrorBoundary label="3D view">
        <Viewport key={generation} />
      </ErrorBoundary>
    </main>
  )
}
