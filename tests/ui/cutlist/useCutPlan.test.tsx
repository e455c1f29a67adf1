// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_WORKSHOP } from '../../../src/domain/cutlist/defaultWorkshop'
import { createScene } from '../../../src/domain/scene/createScene'
import type { Scene } from '../../../src/domain/scene/types'
import { useCutPlan, type CutPlanState } from '../../../src/ui/cutlist/useCutPlan'
import type { CutListReply, CutListRequest } from '../../../src/workers/cutlist.worker'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}

/** A stand-in for the packing worker: records requests and lets the test answer them. */
class FakeWorker {
  static made: FakeWorker[] = []
  readonly requests: CutListRequest[] = []
  terminated = false
  onmessage: ((event: MessageEvent<CutListReply>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  constructor() {
    FakeWorker.made.push(this)
  }
  postMessage(request: CutListRequest) {
    this.requests.push(request)
  }
  terminate() {
    this.terminated = true
  }
  reply(reply: CutListReply) {
    act(() => this.onmessage?.({ data: reply } as MessageEvent<CutListReply>))
  }
}

const emptyPlan = { parts: [], groups: [], shopping: [], unsupplied: [], cutCount: 0, cutLengthMm: 0 }
const noEstimate = {
  materials: 0,
  cutCount: 0,
  partCount: 0,
  paintDm2: 0,
  weatheringDm2: 0,
  minutes: { setup: 0, cutting: 0, assembly: 0, painting: 0, weathering: 0, total: 0 },
  labour: 0,
  price: 0,
}

let root: Root
let seen: CutPlanState
function Probe({ scene }: { readonly scene: Scene }) {
  seen = useCutPlan(scene, DEFAULT_WORKSHOP)
  return null
}
const render = (scene: Scene) => act(() => root.render(<Probe scene={scene} />))
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms))

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  vi.useFakeTimers()
  FakeWorker.made = []
  vi.stubGlobal('Worker', FakeWorker)
  root = createRoot(document.createElement('div'))
})

afterEach(() => {
  act(() => root.unmount())
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('packing the cut list in a worker', () => {
  it('waits for edits to settle, then asks once', () => {
    const a = createScene({ name: 'a' })
    render(a)
    render({ ...a, name: 'b' })
    render({ ...a, name: 'c' })
    wait(299)
    expect(FakeWorker.made).toHaveLength(0)
    wait(1)
    expect(FakeWorker.made).toHaveLength(1)
    expect(FakeWorker.made[0]!.requests.map((r) => r.scene.name)).toEqual(['c'])
    expect(seen.stale).toBe(true)
  })

  it('shows progress, then the plan, and is current once the plan is for this scene', () => {
    const scene = createScene()
    render(scene)
    wait(300)
    const worker = FakeWorker.made[0]!
    const id = worker.requests[0]!.id
    worker.reply({ id, type: 'progress', fraction: 0.5 })
    expect(seen.progress).toBe(0.5)
    worker.reply({ id, type: 'done', plan: emptyPlan, estimate: noEstimate })
    expect(seen.plan).toBe(emptyPlan)
    expect(seen.progress).toBeUndefined()
    expect(seen.stale).toBe(false)
  })

  it('cancels a running plan when a newer scene comes, and ignores what the old run says', () => {
    const first = createScene({ name: 'first' })
    render(first)
    wait(300)
    const old = FakeWorker.made[0]!
    render({ ...first, name: 'second' })
    expect(seen.stale).toBe(true)
    wait(300)
    expect(old.terminated).toBe(true)
    const fresh = FakeWorker.made[1]!
    expect(fresh.requests.map((r) => r.scene.name)).toEqual(['second'])
    old.reply({ id: old.requests[0]!.id, type: 'done', plan: emptyPlan, estimate: noEstimate })
    expect(seen.plan).toBeUndefined()
    fresh.reply({ id: fresh.requests[0]!.id, type: 'done', plan: emptyPlan, estimate: noEstimate })
    expect(seen.plan).toBe(emptyPlan)
  })

  it('reuses an idle worker for the next scene', () => {
    const scene = createScene()
    render(scene)
    wait(300)
    const worker = FakeWorker.made[0]!
    worker.reply({ id: worker.requests[0]!.id, type: 'done', plan: emptyPlan, estimate: noEstimate })
    render({ ...scene, name: 'next' })
    wait(300)
    expect(FakeWorker.made).toHaveLength(1)
    expect(worker.terminated).toBe(false)
    expect(worker.requests).toHaveLength(2)
  })

  it('says when packing failed, and ends the worker when the panel closes', () => {
    render(createScene())
    wait(300)
    const worker = FakeWorker.made[0]!
    worker.reply({ id: worker.requests[0]!.id, type: 'error', message: 'boom' })
    expect(seen.error).toBe('boom')
    expect(seen.stale).toBe(false)
    act(() => root.unmount())
    expect(worker.terminated).toBe(true)
    root = createRoot(document.createElement('div'))
  })
})
