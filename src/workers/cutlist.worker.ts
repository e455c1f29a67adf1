/// <reference lib="webworker" />
import { estimate, type Estimate } from '../domain/cutlist/estimate'
import { planCutList } from '../domain/cutlist/planCutList'
import type { CutPlan, Workshop } from '../domain/cutlist/types'
import type { Scene } from '../domain/scene/types'

export interface CutListRequest {
  readonly id: number
  readonly scene: Scene
  readonly workshop: Workshop
}

export type CutListReply =
  | { readonly id: number; readonly type: 'progress'; readonly fraction: number }
  | { readonly id: number; readonly type: 'done'; readonly plan: CutPlan; readonly estimate: Estimate }
  | { readonly id: number; readonly type: 'error'; readonly message: string }

/** Progress is posted in steps of this much, so a long plan does not flood the page with messages. */
const PROGRESS_STEP = 0.02

/**
 * Packs the cut list off the main thread. One request at a time; the page cancels a stale one by terminating
 * this worker and starting another, since a running packer cannot read messages.
 */
self.onmessage = (event: MessageEvent<CutListRequest>) => {
  const { id, scene, workshop } = event.data
  const post = (reply: CutListReply) => self.postMessage(reply)
  let posted = 0
  try {
    const plan = planCutList(scene, workshop, {
      onProgress: (fraction) => {
        if (fraction - posted < PROGRESS_STEP && fraction < 1) return
        posted = fraction
        post({ id, type: 'progress', fraction })
      },
    })
    post({ id, type: 'done', plan, estimate: estimate(scene, plan, workshop.rates) })
  } catch (e) {
    post({ id, type: 'error', message: (e as Error).message })
  }
}
