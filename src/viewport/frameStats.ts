/**
 * Frames actually rendered, for the startup benchmark and the idle check in the end-to-end tests:
 * with frameloop="demand" the count must stand still while nobody touches the app.
 */
export interface FrameStats {
  frames: number
  firstFrameMs: number | null
  /** Textures still being painted: until they arrive the app is still loading, not idle. */
  pendingTextures: number
  /** Draw calls and triangles of the last frame (shadow passes included), for the render benchmarks. */
  drawCalls: number
  triangles: number
  /** performance.now() of the last FRAME_TIMES frames, oldest first: frame times while the camera moves. */
  frameTimes: number[]
}

export const FRAME_TIMES = 240

declare global {
  interface Window {
    __dioramaStats?: FrameStats
  }
}

export function frameStats(): FrameStats {
  window.__dioramaStats ??= {
    frames: 0,
    firstFrameMs: null,
    pendingTextures: 0,
    drawCalls: 0,
    triangles: 0,
    frameTimes: [],
  }
  return window.__dioramaStats
}
