import { useFrame, useThree } from '@react-three/fiber'
import { FRAME_TIMES, frameStats } from './frameStats'
import { pendingTextures, startPainting } from './materials/textureQueue'

/**
 * Counts rendered frames. useFrame runs just before the render, so the stamp is taken in a microtask, which
 * runs once the animation-frame callback (and with it the render) has returned.
 */
export function FrameCounter() {
  const info = useThree((s) => s.gl.info)
  useFrame(() => {
    queueMicrotask(() => {
      const stats = frameStats()
      const now = performance.now()
      stats.frames++
      stats.firstFrameMs ??= now
      stats.frameTimes.push(now)
      if (stats.frameTimes.length > FRAME_TIMES) stats.frameTimes.shift()
      if (stats.frames === 1) startPainting()
      stats.pendingTextures = pendingTextures()
      stats.drawCalls = info.render.calls
      stats.triangles = info.render.triangles
    })
  })
  return null
}
