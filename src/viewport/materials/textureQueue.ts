import * as THREE from 'three'
import { paintRequest, type TextureRequest } from './textures'

type Ready = (texture: THREE.Texture) => void

/** Called after any texture arrives, so the demand-driven canvas draws one more frame. */
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
    worker.onmessage = (e: MessageEvent<{ id: number; size: number; data: Uint8Array }>) => {
      const ready = waiting.get(e.data.id)
      waiting.delete(e.data.id)
      ready?.(toTexture(e.data.size, e.data.data))
    }
  } catch {
    worker = null
  }
  return worker
}

function toTexture(size: number, data: Uint8Array): THREE.Texture {
  const texture = new THREE.DataTexture(data, size, size)
  texture.wrapS = texture.wrapT = THREE.RepeatWrapping
  texture.magFilter = THREE.LinearFilter
  texture.minFilter = THREE.LinearMipmapLinearFilter
  texture.generateMipmaps = true
  texture.anisotropy = 4
  texture.needsUpdate = true
  return texture
}

/**
 * Asks for a texture; `ready` gets it when painted (in a worker, or on the main thread where workers fail).
 * Materials start with their plain colour and gain detail a moment later.
 */
export function requestTexture(request: TextureRequest, ready: Ready): void {
  pending++
  const deliver: Ready = (t) => {
    pending--
    ready(t)
    onArrive()
  }
  const w = getWorker()
  if (!w) {
    const p = paintRequest(request)
    return deliver(toTexture(p.size, p.data))
  }
  const id = nextId++
  waiting.set(id, deliver)
  w.postMessage({ id, request })
}
