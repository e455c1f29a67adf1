import type { EffectComposer } from 'postprocessing'
import * as THREE from 'three'
import type { PngRequest } from '../../store/photoStore'

/** Pixels shared between neighbouring tiles, so blur at a tile's edge matches its neighbour. */
const OVERLAP_PX = 48

export interface PngStage {
  readonly gl: THREE.WebGLRenderer
  readonly scene: THREE.Scene
  readonly camera: THREE.PerspectiveCamera | THREE.OrthographicCamera
  /** Renders one frame to the canvas (the miniature composer, or the plain renderer). */
  readonly draw: (camera: THREE.Camera) => void
  /** Optional: the composer, so its effects know the picture's size. */
  readonly composer?: EffectComposer
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * A PNG of any width up to 4096 px, drawn in canvas-sized tiles (the camera's view offset picks each tile's
 * part of the picture), one tile per task, so the editor answers input between tiles. Each tile is read back
 * at once and the normal view drawn again before the task ends, so the canvas never shows a tile.
 */
export async function renderPng(stage: PngStage, request: PngRequest): Promise<Blob> {
  const { gl, scene } = stage
  const canvas = gl.domElement
  const tileW = canvas.width
  const tileH = canvas.height
  const width = Math.round(request.widthPx)
  const height = Math.max(1, Math.round((width * tileH) / tileW))
  const camera = shotCamera(stage.camera, request, width / height)
  const out = document.createElement('canvas')
  out.width = width
  out.height = height
  const ctx = out.getContext('2d')
  if (!ctx) throw new Error('this browser cannot make a picture (no 2D canvas)')
  const stepX = Math.max(1, tileW - 2 * OVERLAP_PX)
  const stepY = Math.max(1, tileH - 2 * OVERLAP_PX)
  const tiles: [number, number][] = []
  for (let y = 0; y < height; y += stepY) for (let x = 0; x < width; x += stepX) tiles.push([x, y])

  const background = scene.background
  const clearAlpha = gl.getClearAlpha()
  const pixels = new Uint8ClampedArray(tileW * tileH * 4)
  try {
    for (const [i, [x, y]] of tiles.entries()) {
      // The tile's window starts OVERLAP_PX before its own part, so its kept middle has blur from both sides.
      const wx = x - (x > 0 ? OVERLAP_PX : 0)
      const wy = y - (y > 0 ? OVERLAP_PX : 0)
      camera.setViewOffset(width, height, wx, wy, tileW, tileH)
      if (request.transparent) {
        scene.background = null
        gl.setClearAlpha(0)
      }
      stage.draw(camera)
      const context = gl.getContext()
      context.readPixels(0, 0, tileW, tileH, context.RGBA, context.UNSIGNED_BYTE, pixels)
      scene.background = background
      gl.setClearAlpha(clearAlpha)
      stage.draw(stage.camera)
      const keepX = x - wx
      const keepY = y - wy
      const image = flipToImage(pixels, tileW, tileH, request.transparent)
      ctx.putImageData(image, wx, wy, keepX, keepY, Math.min(stepX, width - x), Math.min(stepY, height - y))
      request.onProgress?.((i + 1) / tiles.length)
      await nextTask()
    }
  } finally {
    scene.background = background
    gl.setClearAlpha(clearAlpha)
    stage.draw(stage.camera)
  }
  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))),
      'image/png',
    ),
  )
}

/** WebGL rows run bottom-up and, with alpha, colours are premultiplied: the 2D canvas wants neither. */
function flipToImage(pixels: Uint8ClampedArray, w: number, h: number, transparent: boolean): ImageData {
  const image = new ImageData(w, h)
  const row = w * 4
  for (let y = 0; y < h; y++) {
    const from = (h - 1 - y) * row
    for (let o = 0; o < row; o += 4) {
      const a = transparent ? pixels[from + o + 3]! : 255
      const k = a > 0 && a < 255 ? 255 / a : 1
      image.data[y * row + o] = pixels[from + o]! * k
      image.data[y * row + o + 1] = pixels[from + o + 1]! * k
      image.data[y * row + o + 2] = pixels[from + o + 2]! * k
      image.data[y * row + o + 3] = a
    }
  }
  return image
}

/** The camera for the shot: the current one, or one standing where a saved view stands, at the picture's shape. */
function shotCamera(
  current: THREE.PerspectiveCamera | THREE.OrthographicCamera,
  request: PngRequest,
  aspect: number,
): THREE.PerspectiveCamera | THREE.OrthographicCamera {
  const view = request.view
  let camera: THREE.PerspectiveCamera | THREE.OrthographicCamera
  if (view?.projection === 'orthographic' && !(current instanceof THREE.OrthographicCamera)) {
    const distance = new THREE.Vector3(view.position.x, view.position.y, view.position.z).distanceTo(
      new THREE.Vector3(view.target.x, view.target.y, view.target.z),
    )
    const half =
      (distance * Math.tan(THREE.MathUtils.degToRad((current as THREE.PerspectiveCamera).fov / 2))) /
      (view.zoom ?? 1)
    camera = new THREE.OrthographicCamera(
      -half * aspect,
      half * aspect,
      half,
      -half,
      current.near,
      current.far,
    )
  } else {
    camera = current.clone()
  }
  if (view) {
    camera.position.set(view.position.x, view.position.y, view.position.z)
    camera.lookAt(view.target.x, view.target.y, view.target.z)
  }
  if (camera instanceof THREE.PerspectiveCamera) camera.aspect = aspect
  camera.updateProjectionMatrix()
  camera.updateMatrixWorld()
  return camera
}
