import type { StateCreator } from 'zustand'
import { DEFAULT_ANGLE_STEP_DEG, DEFAULT_GRID_STEP_MM } from '../domain/scene/snapping'
import type { EditorState } from './editorStore'

/** The grid's range, model mm: finer than 0.1 mm cannot be cut, coarser than 10 mm is no help. */
export const GRID_STEP_RANGE_MM = [0.1, 10] as const
export const ANGLE_STEP_RANGE_DEG = [0.1, 180] as const

/** How moves and turns snap: view preferences, never in the document, never an undo step. */
export interface SnapSlice {
  /** Grid step for moves and arrow-key nudges, model mm (default 1). */
  readonly gridStepMm: number
  /** Angle step for turns, degrees (default 15). */
  readonly angleStepDeg: number
  /** Whether drags snap to the grid and angle steps, and dropped props rest on the surface below. */
  readonly snapping: boolean
  setGridStep(mm: number): void
  setAngleStep(deg: number): void
  setSnapping(on: boolean): void
}

const within = (value: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, value))

export const createSnapSlice: StateCreator<EditorState, [], [], SnapSlice> = (set) => ({
  gridStepMm: DEFAULT_GRID_STEP_MM,
  angleStepDeg: DEFAULT_ANGLE_STEP_DEG,
  snapping: true,
  setGridStep: (mm) => {
    if (Number.isFinite(mm)) set({ gridStepMm: within(mm, GRID_STEP_RANGE_MM) })
  },
  setAngleStep: (deg) => {
    if (Number.isFinite(deg)) set({ angleStepDeg: within(deg, ANGLE_STEP_RANGE_DEG) })
  },
  setSnapping: (snapping) => set({ snapping }),
})
