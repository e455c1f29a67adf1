/// <reference lib="webworker" />
import { paintLook } from './paintLook'
import type { Look } from './textures'

/** Paints procedural textures off the main thread: the first frame never waits for noise. */
self.onmessage = (e: MessageEvent<{ id: number; look: Look }>) => {
  const { id, look } = e.data
  const maps = paintLook(look)
  const buffers = [maps.color.data.buffer, maps.normal.data.buffer, maps.surface.data.buffer] as ArrayBuffer[]
  ;(self as unknown as Worker).postMessage({ id, maps }, buffers)
}
