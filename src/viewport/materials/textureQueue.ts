import type { LookPixels } from './layers'
import type { Look } from './textures'

type Ready = (maps: LookPixels) => void

/** Called after any look arrives, so the demand-driven canvas draws one more frame. */
let onArrive: () => void = () => {}
export const setTextureArrivalListener = (listener: () => void) => {
  onArrive = listener
}

let pending = 0
/** Textures asked for and not yet arrived; the app is settled (and should draw nothing) when this is 0. */
export const pendingTextures = () => pending

let worker: Worker | null | undefined
const waiting = new Map<number, Ready>()
let nextId = 1

function getWorker(): Worker | null {
  if (worker !== undefined) return worker
  try {
    worker = new Worker(new URL('./textureWorker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (e: MessageEvent<{ id: number; maps: LookPixels }>) => {
      const ready = waiting.get(e.data.id)
      waiting.delete(e.data.id)
      ready?.(e.data.maps)
    }
    // A worker that fails to load must not leave the app waiting forever: paint what it owed here instead.
    worker.onerror = () => {
      worker = null
      const owed = [...waiting.entries()]
      waiting.clear()
      for (const [id, ready] of owed) {
        const look = asked.get(id)
        if (look) paintHere(look, ready)
      }
    }
  } catch {
    worker = null
  }
  return worker
}

const asked = new Map<number, Look>()

/** The painters load on the main thread only where workers fail, so they stay out of the main bundle. */
function paintHere(look: Look, ready: Ready): void {
  void import('./paintLook').then(({ paintLook }) => ready(paintLook(look)))
}

/** Painting waits for the first frame: on a small machine it would take the cores the first frame needs. */
let held: (() => void)[] | null = []
const HOLD_AT_MOST_MS = 3000

/** Starts the painting asked for so far (called once the first frame is drawn; idempotent). */
export function startPainting(): void {
  const queued = held
  held = null
  for (const paint of queued ?? []) paint()
}

/**
 * Asks for a look's maps; `ready` gets them when painted (in a worker, or on the main thread where workers
 * fail), once the first frame is drawn. Materials start with their plain colour and gain detail a moment later.
 */
export function requestLook(look: Look, ready: Ready): void {
  pending++
  if (held) {
    if (held.length === 0) setTimeout(startPainting, HOLD_AT_MOST_MS)
    held.push(() => paint(look, ready))
    return
  }
  paint(look, ready)
}

function paint(look: Look, ready: Ready): void {
  const deliver: Ready = (maps) => {
    pending--
    ready(maps)
    onArrive()
  }
  const w = getWorker()
  if (!w) return paintHere(look, deliver)
  const id = nextId++
  asked.set(id, look)
  waiting.set(id, (maps) => {
    asked.delete(id)
    deliver(maps)
  })
  w.postMessage({ id, look })
}
