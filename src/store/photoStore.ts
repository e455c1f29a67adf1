import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { Vec3 } from '../domain/units/vec'

export type LightingPreset = 'workbench' | 'daylight' | 'golden' | 'overcast' | 'night'

export const LIGHTING_LABELS: Record<LightingPreset, string> = {
  workbench: 'Workbench lamp',
  daylight: 'Daylight',
  golden: 'Golden hour',
  overcast: 'Overcast',
  night: 'Night, with a lamp',
}

export interface PngRequest {
  readonly widthPx: number
  readonly transparent: boolean
  /** A saved camera view to shoot from; the current view when omitted. */
  readonly view?: {
    readonly position: Vec3
    readonly target: Vec3
    readonly projection: 'perspective' | 'orthographic'
    readonly zoom?: number
  }
  /** 0..1 as tiles are rendered. */
  readonly onProgress?: (fraction: number) => void
}

/**
 * Photo mode: a view state, never in the document and never an undo step. The viewport registers `capture`
 * while photo mode is open, so the panel can ask for a PNG without reaching into three.js.
 */
export interface PhotoState {
  readonly open: boolean
  readonly lighting: LightingPreset
  /** Strength of the miniature (shallow focus) look, 0 = sharp throughout. */
  readonly miniature: number
  /** Where the focus is, picked by clicking the scene; the centre of the base until then. */
  readonly focus: Vec3 | null
  readonly capture: ((request: PngRequest) => Promise<Blob>) | null
  setOpen(open: boolean): void
  setLighting(lighting: LightingPreset): void
  setMiniature(amount: number): void
  setFocus(point: Vec3 | null): void
  setCapture(capture: PhotoState['capture']): void
}

export const photoStore = createStore<PhotoState>()((set) => ({
  open: false,
  lighting: 'workbench',
  miniature: 0.5,
  focus: null,
  capture: null,
  setOpen: (open) => set({ open }),
  setLighting: (lighting) => set({ lighting }),
  setMiniature: (miniature) => set({ miniature: Math.min(1, Math.max(0, miniature)) }),
  setFocus: (focus) => set({ focus }),
  setCapture: (capture) => set({ capture }),
}))

export const usePhoto = <T>(selector: (s: PhotoState) => T): T => useStore(photoStore, selector)
