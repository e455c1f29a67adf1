import type { LightingPreset } from '../../store/photoStore'

export interface Lighting {
  readonly background: string
  readonly hemisphere: { readonly sky: string; readonly ground: string; readonly intensity: number }
  /** The key light: direction from the scene centre (scaled by the scene's reach), colour, strength. */
  readonly key: {
    readonly from: readonly [number, number, number]
    readonly color: string
    readonly intensity: number
  }
  /** Soft shadow radius (PCF), larger for diffuse light. */
  readonly shadowRadius: number
  /** Reflections of the studio room, for metal and foil. */
  readonly environment: number
  /** A small lamp standing at the back corner of the base (night). */
  readonly lamp?: { readonly color: string; readonly intensity: number }
}

/**
 * Lighting built on the spot, with nothing fetched: a warm low workbench lamp (the default), high white daylight,
 * a long orange golden-hour sun, soft overcast light with weak shadows, and night with one lamp.
 */
export const LIGHTING: Record<LightingPreset, Lighting> = {
  workbench: {
    background: '#2b2f33',
    hemisphere: { sky: '#fff1de', ground: '#3a3026', intensity: 0.45 },
    key: { from: [0.5, 1.1, 0.6], color: '#fff3e2', intensity: 1.6 },
    shadowRadius: 4,
    environment: 0.55,
  },
  daylight: {
    background: '#b9d3ea',
    hemisphere: { sky: '#dcecff', ground: '#7d7462', intensity: 0.8 },
    key: { from: [0.3, 1.6, 0.4], color: '#ffffff', intensity: 2.4 },
    shadowRadius: 2,
    environment: 0.8,
  },
  golden: {
    background: '#e8a86a',
    hemisphere: { sky: '#ffd2a0', ground: '#4a3424', intensity: 0.35 },
    key: { from: [1.2, 0.35, 0.5], color: '#ffb066', intensity: 2.2 },
    shadowRadius: 3,
    environment: 0.4,
  },
  overcast: {
    background: '#9aa1a8',
    hemisphere: { sky: '#e6eaee', ground: '#6b6a66', intensity: 1.1 },
    key: { from: [0.2, 1.4, 0.3], color: '#f2f4f6', intensity: 0.7 },
    shadowRadius: 12,
    environment: 0.7,
  },
  night: {
    background: '#0b0e14',
    hemisphere: { sky: '#2a3550', ground: '#0a0a0c', intensity: 0.12 },
    key: { from: [-0.6, 1.2, -0.4], color: '#8fa6d8', intensity: 0.25 },
    shadowRadius: 3,
    environment: 0.08,
    lamp: { color: '#ffc47a', intensity: 4 },
  },
}
