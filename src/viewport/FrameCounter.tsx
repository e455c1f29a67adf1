import { useFrame } from '@react-three/fiber'
import { frameStats } from './frameStats'

export function FrameCounter() {
  useFrame(() => {
    const stats = frameStats()
    stats.frames++
    stats.firstFrameMs ??= performance.now()
  })
  return null
}
