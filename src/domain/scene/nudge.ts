import { alongAxis, type Axis, type Vec3 } from '../units/vec'

/** A nudge with Shift held moves this many grid steps. */
export const BIG_NUDGE_STEPS = 10

/** The move of one arrow-key nudge: one grid step along `axis` (ten with `big`), towards `sign`. */
export function nudgeDelta(axis: Axis, sign: 1 | -1, gridStepMm: number, big = false): Vec3 {
  return alongAxis(axis, sign * gridStepMm * (big ? BIG_NUDGE_STEPS : 1))
}
