/// <reference lib="webworker" />
import { paintRequest, type TextureRequest } from './textures'

/** Paints procedural textures off the main thread: the first frame never waits for noise. */
self.onmessage = (e: MessageEvent<{ id: number; request: TextureRequest }>) => {
  const { id, request } = e.data
  const pixels = paintRequest(request)
  ;(self as unknown as Worker).postMessage({ id, size: pixels.size, data: pixels.data }, [pixels.data.buffer])
}
