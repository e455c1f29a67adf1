import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import * as THREE from 'three'
import { setThumbnailCapture } from './thumbnail'

const WIDTH = 192
const HEIGHT = 120
const POLL_MS = 20

/**
 * Takes the scene list's picture of the view without stalling the page: the view is drawn small in a corner
 * of the canvas (centre-cropped to the picture's shape, with the shadows of the last frame), its pixels are
 * copied into a buffer that the GPU fills in its own time, and the view is drawn again at once, so the
 * canvas never shows the small picture. The pixels are read when a fence says the copy is done.
 * The main thread pays for two render calls and a small JPEG, not for waiting on the GPU (which, with a
 * scene of thousands of props in software WebGL, takes seconds).
 */
export function ThumbnailCamera() {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera)
  useEffect(() => {
    setThumbnailCapture(async () => {
      const context = gl.getContext()
      if (!(context instanceof WebGL2RenderingContext)) return undefined
      let work = 0
      const timed = <T,>(step: () => T): T => {
        const started = performance.now()
        try {
          return step()
        } finally {
          work += performance.now() - started
        }
      }
      const read = timed(() => drawAndRead(gl, context, scene, camera))
      if (!read) return undefined
      const pixels = await read
      const url = pixels && timed(() => toJpeg(pixels))
      performance.measure('thumbnail', { start: performance.now() - work, duration: work })
      return url
    })
    return () => setThumbnailCapture(null)
  }, [gl, scene, camera])
  return null
}

function drawAndRead(
  gl: THREE.WebGLRenderer,
  context: WebGL2RenderingContext,
  scene: THREE.Scene,
  camera: THREE.Camera,
): Promise<Uint8Array | undefined> | undefined {
  const size = gl.getDrawingBufferSize(new THREE.Vector2())
  if (size.x === 0 || size.y === 0 || !(camera instanceof THREE.PerspectiveCamera)) return undefined
  // The middle of the view at the picture's shape, drawn into the picture's pixels.
  const cropWidth = Math.min(size.x, (size.y * WIDTH) / HEIGHT)
  const cropHeight = (cropWidth * HEIGHT) / WIDTH
  const view = camera.clone()
  view.setViewOffset(
    size.x,
    size.y,
    (size.x - cropWidth) / 2,
    (size.y - cropHeight) / 2,
    cropWidth,
    cropHeight,
  )
  const ratio = gl.getPixelRatio()
  const viewport = gl.getViewport(new THREE.Vector4())
  const scissor = gl.getScissor(new THREE.Vector4())
  const scissorTest = gl.getScissorTest()
  const shadows = gl.shadowMap.autoUpdate
  gl.shadowMap.autoUpdate = false
  gl.setViewport(0, 0, WIDTH / ratio, HEIGHT / ratio)
  gl.setScissor(0, 0, WIDTH / ratio, HEIGHT / ratio)
  gl.setScissorTest(true)
  let buffer: WebGLBuffer | undefined
  let sync: WebGLSync | null | undefined
  try {
    gl.render(scene, view)
    buffer = context.createBuffer()
    context.bindBuffer(context.PIXEL_PACK_BUFFER, buffer)
    context.bufferData(context.PIXEL_PACK_BUFFER, WIDTH * HEIGHT * 4, context.STREAM_READ)
    context.readPixels(0, 0, WIDTH, HEIGHT, context.RGBA, context.UNSIGNED_BYTE, 0)
    context.bindBuffer(context.PIXEL_PACK_BUFFER, null)
    sync = context.fenceSync(context.SYNC_GPU_COMMANDS_COMPLETE, 0)
    context.flush()
  } finally {
    gl.setScissorTest(scissorTest)
    gl.setScissor(scissor)
    gl.setViewport(viewport)
    gl.render(scene, camera)
    gl.shadowMap.autoUpdate = shadows
  }
  const done = sync
  const pixels = buffer
  if (!done || !pixels) return undefined
  return new Promise((resolve) => {
    const check = () => {
      const status = context.clientWaitSync(done, 0, 0)
      if (status === context.TIMEOUT_EXPIRED) return void setTimeout(check, POLL_MS)
      context.deleteSync(done)
      if (status === context.WAIT_FAILED) {
        context.deleteBuffer(pixels)
        return resolve(undefined)
      }
      const out = new Uint8Array(WIDTH * HEIGHT * 4)
      context.bindBuffer(context.PIXEL_PACK_BUFFER, pixels)
      context.getBufferSubData(context.PIXEL_PACK_BUFFER, 0, out)
      context.bindBuffer(context.PIXEL_PACK_BUFFER, null)
      context.deleteBuffer(pixels)
      resolve(out)
    }
    setTimeout(check, POLL_MS)
  })
}

/** GL rows run bottom up; a picture's top down. */
function toJpeg(pixels: Uint8Array): string | undefined {
  const out = document.createElement('canvas')
  out.width = WIDTH
  out.height = HEIGHT
  const ctx = out.getContext('2d')
  if (!ctx) return undefined
  const image = ctx.createImageData(WIDTH, HEIGHT)
  const row = WIDTH * 4
  for (let y = 0; y < HEIGHT; y++)
    image.data.set(pixels.subarray((HEIGHT - 1 - y) * row, (HEIGHT - y) * row), y * row)
  ctx.putImageData(image, 0, 0)
  return out.toDataURL('image/jpeg', 0.7)
}
