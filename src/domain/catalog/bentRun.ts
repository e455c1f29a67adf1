import { vec3, type Vec3 } from '../units/vec'
import { mmText } from './issue'
import type { Direction, ParamIssue, Piece } from './types'

/**
 * A run of pipe or duct in the x-y plane with one or two quarter bends. One bend: along the floor from the
 * left end, then up the right side to the top. Two bends: along the floor, up the middle, and along the top
 * to the right end. `clearanceMm` is the widest thing around the centreline (a flange, or the pipe itself),
 * so the run lies on the floor and fills its bounding size.
 */
export interface RunSpec {
  readonly runMm: number
  readonly riseMm: number
  readonly radiusMm: number
  readonly bendRadiusMm: number
  readonly bends: number
  readonly clearanceMm: number
}

/** The parameters every bent-run family has, under these names. */
export interface RunParams {
  readonly diameterMm: number
  readonly runMm: number
  readonly riseMm: number
  readonly bendRadiusMm: number
  readonly bends: number
}

export const runSpec = (p: RunParams, clearanceMm: number): RunSpec => ({
  runMm: p.runMm,
  riseMm: p.riseMm,
  radiusMm: p.diameterMm / 2,
  bendRadiusMm: p.bendRadiusMm,
  bends: p.bends,
  clearanceMm,
})

export interface Straight {
  readonly at: Vec3
  readonly lengthMm: number
  readonly axis: 'x' | 'y'
}

export interface BentRun {
  readonly straights: readonly Straight[]
  readonly elbows: readonly { readonly at: Vec3; readonly ends: readonly [Direction, Direction] }[]
  /** Where a straight meets a bend, and which way the pipe runs there: flanges go here. */
  readonly joints: readonly { readonly at: Vec3; readonly axis: 'x' | 'y' }[]
  readonly centrelineMm: number
}

const quarterMm = (bendRadiusMm: number) => (Math.PI * bendRadiusMm) / 2

export function bentRun(s: RunSpec): BentRun {
  const { runMm: X, riseMm: H, bendRadiusMm: R, clearanceMm: c } = s
  if (s.bends === 1) {
    const along = X - c - R
    const up = H - c - R
    const bendX = X / 2 - c - R
    return {
      straights: [
        { at: vec3(-X / 2 + along / 2, c, 0), lengthMm: along, axis: 'x' },
        { at: vec3(X / 2 - c, c + R + up / 2, 0), lengthMm: up, axis: 'y' },
      ],
      elbows: [{ at: vec3(bendX, c + R, 0), ends: ['-y', '+x'] }],
      joints: [
        { at: vec3(bendX, c, 0), axis: 'x' },
        { at: vec3(X / 2 - c, c + R, 0), axis: 'y' },
      ],
      centrelineMm: along + up + quarterMm(R),
    }
  }
  const side = X / 2 - R
  const up = H - 2 * c - 2 * R
  return {
    straights: [
      { at: vec3(-X / 2 + side / 2, c, 0), lengthMm: side, axis: 'x' },
      { at: vec3(0, H / 2, 0), lengthMm: up, axis: 'y' },
      { at: vec3(X / 2 - side / 2, H - c, 0), lengthMm: side, axis: 'x' },
    ],
    elbows: [
      { at: vec3(-R, c + R, 0), ends: ['-y', '+x'] },
      { at: vec3(R, H - c - R, 0), ends: ['-x', '+y'] },
    ],
    joints: [
      { at: vec3(-R, c, 0), axis: 'x' },
      { at: vec3(0, c + R, 0), axis: 'y' },
      { at: vec3(0, H - c - R, 0), axis: 'y' },
      { at: vec3(R, H - c, 0), axis: 'x' },
    ],
    centrelineMm: 2 * side + up + 2 * quarterMm(R),
  }
}

/**
 * Why a run cannot be laid out: a bend tighter than the pipe, or no straight left between the bends and
 * the ends. Each straight must be longer than `minStraightMm` (a flange's thickness, which sits over it).
 */
export function bentRunIssue(s: RunSpec, minStraightMm = 0): ParamIssue | undefined {
  const { bendRadiusMm: R, clearanceMm: c } = s
  if (R < s.radiusMm)
    return {
      param: 'bendRadiusMm',
      message: `bend radius must be at least the pipe's radius, ${mmText(s.radiusMm)}`,
    }
  // Each straight must outlast its flange, and the run and rise must hold the widest thing across.
  const bentRunMm = s.bends === 1 ? c + R : 2 * R
  const bentRiseMm = s.bends === 1 ? c + R : 2 * c + 2 * R
  const minRun = Math.max(bentRunMm + minStraightMm * s.bends, 2 * c)
  const minRise = Math.max(bentRiseMm + minStraightMm, 2 * c)
  const why = 'to fit the bends and a straight beside each'
  if (s.runMm <= minRun)
    return { param: 'runMm', message: `run must be longer than ${mmText(minRun)} ${why}` }
  if (s.riseMm <= minRise)
    return { param: 'riseMm', message: `rise must be more than ${mmText(minRise)} ${why}` }
  return undefined
}

/** The straights, bends (and nothing else) of a run as pieces. */
export function runPieces(run: BentRun, radiusMm: number, bendRadiusMm: number): Piece[] {
  return [
    ...run.straights.map((st): Piece => ({
      shape: 'cylinder',
      at: st.at,
      radiusMm,
      lengthMm: st.lengthMm,
      axis: st.axis,
    })),
    ...run.elbows.map((e): Piece => ({ shape: 'elbow', at: e.at, radiusMm, bendRadiusMm, ends: e.ends })),
  ]
}

/** Equal straights grouped into one cut-list line each, longest first: a maker cuts equal lengths together. */
export function groupLengths(straights: readonly Straight[]): { lengthMm: number; count: number }[] {
  const counts = new Map<number, number>()
  for (const st of straights) counts.set(st.lengthMm, (counts.get(st.lengthMm) ?? 0) + 1)
  return [...counts].sort((a, b) => b[0] - a[0]).map(([lengthMm, n]) => ({ lengthMm, count: n }))
}
