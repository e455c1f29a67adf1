import { useEffect, useRef, useState } from 'react'
import type { Estimate } from '../../domain/cutlist/estimate'
import type { CutPlan, Workshop } from '../../domain/cutlist/types'
import type { Scene } from '../../domain/scene/types'
import type { CutListReply, CutListRequest } from '../../workers/cutlist.worker'

/** Edits in quick succession (a slider drag) replan once, after the last. */
const DEBOUNCE_MS = 300

export interface CutPlanState {
  readonly plan?: CutPlan
  readonly estimate?: Estimate
  /** 0..1 while packing; undefined when no run is going. */
  readonly progress?: number
  readonly error?: string
  /** The plan shown is for an older scene or workshop: a newer one is waiting or packing. */
  readonly stale: boolean
}

interface Inputs {
  readonly scene: Scene
  readonly workshop: Workshop
}

type Held = Omit<CutPlanState, 'stale'> & { readonly inputs?: Inputs }

const startWorker = () =>
  new Worker(new URL('../../workers/cutlist.worker.ts', import.meta.url), {
    type: 'module',
    name: 'cut list',
  })

/**
 * The cut list for the scene, packed in a Web Worker. The last plan stays on screen while a newer one packs; a
 * newer scene cancels an older run by ending its worker (a running packer cannot read messages).
 */
export function useCutPlan(scene: Scene, workshop: Workshop): CutPlanState {
  const [state, setState] = useState<Held>({ progress: 0 })
  const worker = useRef<{ worker: Worker; busy: boolean } | null>(null)
  const nextId = useRef(0)

  useEffect(() => {
    const timer = setTimeout(() => {
      const id = ++nextId.current
      if (worker.current?.busy) {
        worker.current.worker.terminate()
        worker.current = null
      }
      const running = worker.current ?? { worker: startWorker(), busy: false }
      worker.current = running
      running.busy = true
      running.worker.onmessage = (event: MessageEvent<CutListReply>) => {
        const reply = event.data
        if (reply.id !== nextId.current) return // an older run, cancelled: its plan is stale
        if (reply.type === 'progress') return setState((s) => ({ ...s, progress: reply.fraction }))
        running.busy = false
        if (reply.type === 'done')
          setState({ plan: reply.plan, estimate: reply.estimate, inputs: { scene, workshop } })
        else
          setState((s) => ({ ...s, progress: undefined, error: reply.message, inputs: { scene, workshop } }))
      }
      running.worker.onerror = (event) => {
        running.busy = false
        const error = event.message || 'the packing worker stopped'
        setState((s) => ({ ...s, progress: undefined, error, inputs: { scene, workshop } }))
      }
      setState((s) => ({ ...s, progress: 0, error: undefined }))
      const request: CutListRequest = { id, scene, workshop }
      running.worker.postMessage(request)
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [scene, workshop])

  useEffect(
    () => () => {
      worker.current?.worker.terminate()
      worker.current = null
    },
    [],
  )
  const { inputs, ...shown } = state
  return { ...shown, stale: inputs?.scene !== scene || inputs.workshop !== workshop }
}
