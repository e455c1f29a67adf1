/** What the two sheet structures (knife and guillotine) share, in kerf-grown working units. */

/** Tolerance for comparing millimetre sums built from decimal sizes such as 0.3 mm kerfs. */
export const EPS = 1e-7

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/** A scored spot for an item: lower (s1, s2) is better. Reused between calls to avoid garbage. */
export interface Candidate extends Rect {
  s1: number
  s2: number
  rotated: boolean
}

export const emptyCandidate = (): Candidate => ({ x: 0, y: 0, w: 0, h: 0, s1: 0, s2: 0, rotated: false })

/** An item on a sheet: its index in the work list, where it lies (kerf-grown size) and whether it turned. */
export interface Placed extends Rect {
  item: number
  rotated: boolean
}

/** Orientations to try: as given, turned 90 degrees, or either. */
export const AS_GIVEN = 1
export const TURNED = 2
export const EITHER = 3
export type Turns = 1 | 2 | 3

/** A finished sheet: what lies on it and the area it covers. */
export interface FilledBin {
  readonly placed: readonly Placed[]
  readonly usedArea: number
}

export interface PackBin extends FilledBin {
  /** Best spot for a w x h item into out, in the orientations allowed; false when it fits nowhere. */
  find(w: number, h: number, turns: Turns, out: Candidate): boolean
  /** Places the candidate last returned by find() for this bin. */
  place(c: Candidate, item: number): void
}
