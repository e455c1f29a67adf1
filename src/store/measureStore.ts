import { createStore } from 'zustand/vanilla'
import { toPrototypeMm, type ModelScale } from '../domain/units/scale'
import { vec3, type Vec3 } from '../domain/units/vec'

/** A distance between two points: model mm on the bench, and what it stands for at full size. */
export interface Measurement {
  readonly modelMm: number
  readonly prototypeMm: number
  /** From the first point to the second, model mm per axis. */
  readonly deltaMm: Vec3
}

export const distanceMm = (a: Vec3, b: Vec3): number => Math.hypot(b.x - a.x, b.y - a.y, b.z - a.z)

export function measure(a: Vec3, b: Vec3, scale: ModelScale): Measurement {
  const modelMm = distanceMm(a, b)
  return {
    modelMm,
    prototypeMm: toPrototypeMm(modelMm, scale),
    deltaMm: vec3(b.x - a.x, b.y - a.y, b.z - a.z),
  }
}

/**
 * The measuring tape: view state, never the document. While `active`, a click in the 3D view adds a point
 * (snapped as the 3D view sees fit); a third click starts a new measurement.
 *
 * Contract for the 3D view: read `active` to know whether a click measures instead of selecting; call
 * `addPoint` with the point in model mm (y up, on the base's top at y = 0); draw `points` and the line between
 * them while active.
 */
export interface MeasureState {
  readonly active: boolean
  /** Zero, one or two points, model mm. */
  readonly points: readonly Vec3[]
  /** The distance between the two points, model mm; null until there are two. */
  readonly resultMm: number | null
  setActive(active: boolean): void
  toggle(): void
  addPoint(point: Vec3): void
  /** Measures between two known points at once (the centres of two props). */
  measureBetween(a: Vec3, b: Vec3): void
  clear(): void
}

const finite = (p: Vec3) => Number.isFinite(p.x) && Number.isFinite(p.y) && Number.isFinite(p.z)

export function createMeasureStore() {
  return createStore<MeasureState>()((set, get) => {
    const withPoints = (points: readonly Vec3[]) => {
      const [a, b] = points
      set({ points, resultMm: a && b ? distanceMm(a, b) : null })
    }
    return {
      active: false,
      points: [],
      resultMm: null,
      // Putting the tape away forgets the measurement: it would otherwise be drawn on the next use.
      setActive: (active) => (active ? set({ active }) : set({ active, points: [], resultMm: null })),
      toggle: () => get().setActive(!get().active),
      addPoint: (point) => {
        if (!finite(point)) return
        const { points } = get()
        withPoints(points.length >= 2 ? [point] : [...points, point])
      },
      measureBetween: (a, b) => {
        if (finite(a) && finite(b)) set({ active: true, points: [a, b], resultMm: distanceMm(a, b) })
      },
      clear: () => withPoints([]),
    }
  })
}

export type MeasureStore = ReturnType<typeof createMeasureStore>

/** The page's one tape, shared by the toolbar, the Measure panel and the 3D view. */
export const measureStore: MeasureStore = createMeasureStore()
