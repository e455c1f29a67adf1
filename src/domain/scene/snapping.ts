import { roundTo } from '../units/vec'

/** Grid steps the maker can pick, model mm: 0.1 mm for fine work up to 10 mm for laying out a yard. */
export const GRID_STEPS_MM: readonly number[] = [0.1, 0.25, 0.5, 1, 2, 5, 10]
/** Angle steps offered besides a custom one, degrees. */
export const ANGLE_STEPS_DEG: readonly number[] = [5, 15, 45, 90]
export const DEFAULT_GRID_STEP_MM = 1
export const DEFAULT_ANGLE_STEP_DEG = 15

/**
 * The nearest multiple of `step`. Halves round away from zero, so snapping is symmetric about 0
 * (-0.15 -> -0.2 as 0.15 -> 0.2 on a 0.1 grid); the quotient is first rid of float dust (0.15 / 0.1 is
 * 1.4999999999999998) and the result of it (3 * 0.1 is 0.30000000000000004). A step that is not a positive
 * finite number leaves the value as it is.
 */
function snapTo(value: number, step: number): number {
  if (!(step > 0) || !Number.isFinite(step) || !Number.isFinite(value)) return value
  const q = roundTo(value / step, 9)
  const n = Math.sign(q) * Math.round(Math.abs(q))
  return roundTo(n * step, 9)
}

/** A length snapped to the grid, model mm. */
export const snapToGrid = (valueMm: number, stepMm: number): number => snapTo(valueMm, stepMm)

/** An angle snapped to a multiple of `stepDeg` (15 by default, or the maker's own). */
export const snapAngle = (deg: number, stepDeg: number = DEFAULT_ANGLE_STEP_DEG): number =>
  snapTo(deg, stepDeg)
