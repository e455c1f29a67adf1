import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { setThumbnailCapture } from './thumbnail'

const WIDTH = 192
const HEIGHT = 120

/**
 * Takes the scene list's picture of the view: renders once and copies the canvas into a small 2D canvas
 * in the same task (the WebGL buffer is only readable until the browser presents it).
 */
export function ThumbnailCamera() {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera)
  useEffect(() => {
    setThumbnailCapture(() => {
      try {
        gl.render(scene, camera)
        const source = gl.domElement
        const out = document.createElement('canvas')
        out.width = WIDTH
        out.height = HEIGHT
        const ctx = out.getContext('2d')
        if (!ctx || source.width === 0) return undefined
        // Centre crop to the thumbnail's aspect.
        const aspect = WIDTH / HEIGHT
        const w = Math.min(source.width, source.height * aspect)
        const h = w / aspect
        ctx.drawImage(source, (source.width - w) / 2, (source.height - h) / 2, w, h, 0, 0, WIDTH, HEIGHT)
        return out.toDataURL('image/jpeg', 0.7)
      } catch {
        return undefined
      }
    })
    return () => setThumbnailCapture(null)
  }, [gl, scene, camera])
  return null
}
