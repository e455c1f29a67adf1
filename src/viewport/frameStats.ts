/**
 * Frames actually rendered, for the startup benchmark and the idle check in the end-to-end tests:
 * with frameloop="demand" the count must stand still while nobody touches the app.
 */
export interface FrameStats {
  frames: number
  firstFrameMs: number | null
}

declare global {
  interface Window {
    __dioramaStats?: FrameStats
  }
}

export function frameStats(): FrameStats {
  window.__dioramaStats ??= { frames: 0, firstFrameMs: null }
  return window.__dioramaStats
}
