import { useFrame, useThree } from '@react-three/fiber'
import { frameStats } from './frameStats'
import { pendingTextures } from './materials/textureQueue'

/**
 * Counts rendered frames. useFrame runs just before the render, so the stamp is taken in a microtask, which
 * runs once the animation-frame callback (and with it the render) has returned.
 */
export function FrameCounter() {
  const info = useThree((s) => s.gl.info)
  useFrame(() => {
    queueMicrotask(() => {
      const stats = frameStats()
      stats.frames++
      stats.firstFrameMs ??= performance.now()
      stats.pendingTextures = pendingTextures()
      stats.drawCalls = info.render.calls
      stats.triangles = info.render.triangles
    })
  })
  return null
}
