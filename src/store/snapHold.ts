/**
 * Holding this key during a drag moves or turns freely: snapping is off for as long as it is held, and the
 * `snapping` setting is left as it was. Alt, as in most modelling programs (Option on a Mac).
 */
export const SNAP_HOLD_KEY = 'Alt'

/** Whether a drag snaps right now: snapping is on and the hold key is not down (read it from the pointer event). */
export const snapsNow = (snapping: boolean, event: { readonly altKey: boolean }): boolean =>
  snapping && !event.altKey
