import { describe, expect, it } from 'vitest'
import { bentRun, bentRunIssue, groupLengths, type RunSpec } from '../../../src/domain/catalog/bentRun'
import type { Direction } from '../../../src/domain/catalog/types'
import type { Vec3 } from '../../../src/domain/units/vec'

const unit: Record<Direction, Vec3> = {
  '+x': { x: 1, y: 0, z: 0 },
  '-x': { x: -1, y: 0, z: 0 },
  '+y': { x: 0, y: 1, z: 0 },
  '-y': { x: 0, y: -1, z: 0 },
  '+z': { x: 0, y: 0, z: 1 },
  '-z': { x: 0, y: 0, z: -1 },
}

/** Both ends of every straight and elbow: in a continuous run each end meets another, but the two open ends. */
function openEnds(spec: RunSpec): string[] {
  const run = bentRun(spec)
  const key = (v: Vec3) => [v.x, v.y, v.z].map((n) => (Math.round(n * 1e6) / 1e6 + 0).toFixed(6)).join(',')
  const ends: Vec3[] = []
  for (const s of run.straights) {
    const half = s.lengthMm / 2
    const d = s.axis === 'x' ? { x: half, y: 0, z: 0 } : { x: 0, y: half, z: 0 }
    ends.push({ x: s.at.x - d.x, y: s.at.y - d.y, z: 0 }, { x: s.at.x + d.x, y: s.at.y + d.y, z: 0 })
  }
  for (const e of run.elbows)
    for (const dir of e.ends) {
      const u = unit[dir]
      ends.push({ x: e.at.x + u.x * spec.bendRadiusMm, y: e.at.y + u.y * spec.bendRadiusMm, z: e.at.z })
    }
  const counts = new Map<string, number>()
  for (const k of ends.map(key)) counts.set(k, (counts.get(k) ?? 0) + 1)
  return [...counts].filter(([, n]) => n === 1).map(([k]) => k)
}

const spec = (bends: number): RunSpec => ({
  runMm: 60,
  riseMm: 40,
  radiusMm: 2,
  bendRadiusMm: 5,
  bends,
  clearanceMm: 3,
})

describe('a bent run of pipe', () => {
  it('with one bend, joins the floor run to the riser, open at the left end and the top', () => {
    // Open ends: (-30, 3) on the floor, (30 - 3, 40) at the top.
    expect(openEnds(spec(1)).sort()).toEqual(['-30.000000,3.000000,0.000000', '27.000000,40.000000,0.000000'])
    // Along: 60 - 3 - 5 = 52; up: 40 - 3 - 5 = 32; the bend: π x 5 / 2.
    expect(bentRun(spec(1)).centrelineMm).toBeCloseTo(52 + 32 + (Math.PI * 5) / 2, 12)
  })

  it('with two bends, runs along the floor, up the middle and along the top to the right end', () => {
    expect(openEnds(spec(2)).sort()).toEqual(['-30.000000,3.000000,0.000000', '30.000000,37.000000,0.000000'])
    // Sides: 30 - 5 = 25 each; up: 40 - 2 x 3 - 2 x 5 = 24; two bends.
    expect(bentRun(spec(2)).centrelineMm).toBeCloseTo(25 + 25 + 24 + Math.PI * 5, 12)
    expect(bentRun(spec(2)).joints).toHaveLength(4)
  })

  it('groups equal straights into one line, longest first', () => {
    expect(groupLengths(bentRun(spec(2)).straights)).toEqual([
      { lengthMm: 25, count: 2 },
      { lengthMm: 24, count: 1 },
    ])
  })

  it('accepts a run with room for its straights, and says how much it needs otherwise', () => {
    expect(bentRunIssue(spec(1))).toBeUndefined()
    expect(bentRunIssue({ ...spec(1), bendRadiusMm: 1.5 })?.param).toBe('bendRadiusMm')
    // One bend, straights at least 1 mm: 3 + 5 + 1 = 9 mm of run.
    expect(bentRunIssue({ ...spec(1), runMm: 9 }, 1)).toEqual({
      param: 'runMm',
      message: 'run must be longer than 9 mm to fit the bends and a straight beside each',
    })
    expect(bentRunIssue({ ...spec(1), runMm: 9.01 }, 1)).toBeUndefined()
  })
})
