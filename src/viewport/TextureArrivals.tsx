import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { setTextureArrivalListener } from './materials/textureQueue'

/** Draws one more frame when a texture painted in the worker arrives (the canvas only draws on demand). */
export function TextureArrivals() {
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    setTextureArrivalListener(() => invalidate())
    return () => setTextureArrivalListener(() => {})
  }, [invalidate])
  return null
}
