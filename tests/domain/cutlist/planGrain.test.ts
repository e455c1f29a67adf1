/**
 * Grain cases no catalog family yields yet (a part whose grain runs across it, an ungrained balsa part), through
 * a test family added to the catalog for this file only.
 */
import { describe, expect, it, vi } from 'vitest'
import type { Part, PropFamily } from '../../../src/domain/catalog/types'
import { DEFAULT_WORKSHOP } from '../../../src/domain/cutlist/defaultWorkshop'
import { planCutList } from '../../../src/domain/cutlist/planCutList'
import { vec3 } from '../../../src/domain/units/vec'
import { planProblems, QUICK, sceneOf } from './planChecks'

const board = (lengthMm: number, widthMm: number, grain: 'length' | 'width' | 'none'): Part => ({
  stock: 'balsa-sheet',
  label: `Board ${grain}`,
  thicknessMm: 1,
  lengthMm,
  widthMm,
  count: 1,
  grain,
})

/** A family whose parts are whatever `params.case` picks from TEST_CASES. */
const TEST_CASES: readonly (readonly Part[])[] = [
  // 0: a 90 mm board with the grain across it: 90 across the sheet, 20 along.
  [{ ...board(90, 20, 'width'), count: 3 }],
  // 1: the same at 120 mm, wider than every balsa sheet across the grain.
  [board(120, 20, 'width')],
  // 2: an ungrained balsa board first in the group, then one whose grain forbids turning it to fit.
  [board(200, 30, 'none'), board(50, 150, 'length')],
]

vi.mock('../../../src/domain/catalog', async (importOriginal) => {
  const catalog = await importOriginal<typeof import('../../../src/domain/catalog')>()
  const family: PropFamily = {
    kind: 'test.boards',
    label: 'Test boards',
    material: 'balsa',
    params: { case: { label: 'Case', default: 0, min: 0, max: 2, unit: 'count', integer: true } },
    size: () => vec3(1, 1, 1),
    pieces: () => [],
    parts: (p) => TEST_CASES[p.case ?? 0] ?? [],
  }
  return { ...catalog, familyOf: (kind: string) => (kind === family.kind ? family : catalog.familyOf(kind)) }
})

const planCase = (n: number) =>
  planCutList(sceneOf({ kind: 'test.boards', params: { case: n } }), DEFAULT_WORKSHOP, QUICK)

describe('planCutList: grain across a part', () => {
  it('lays a cross-grain part with its length across the sheet, unturned', () => {
    const plan = planCase(0)
    expect(planProblems(plan, DEFAULT_WORKSHOP)).toEqual([])
    const placements = plan.groups.flatMap((g) =>
      g.form === 'sheet' ? g.sheets.flatMap((s) => s.layout.placements) : [],
    )
    expect(placements).toHaveLength(3)
    for (const p of placements) expect([p.widthMm, p.heightMm, p.rotated]).toEqual([90, 20, false])
  })

  it('reports a cross-grain part longer than every sheet is wide', () => {
    const plan = planCase(1)
    expect(plan.unsupplied.map((u) => u.tag)).toEqual(['A'])
  })
})

describe('planCutList: ungrained and grained balsa on one thickness', () => {
  it('still never turns the grained part, whichever part comes first', () => {
    const plan = planCase(2)
    expect(plan.parts.map((p) => [p.tag, p.grain])).toEqual([
      ['A', 'none'],
      ['B', 'length'],
    ])
    expect(planProblems(plan, DEFAULT_WORKSHOP)).toEqual([])
    // 150 across the grain is wider than every balsa sheet: B cannot be cut with the grain along it.
    expect(plan.unsupplied.map((u) => u.tag)).toEqual(['B'])
  })
})
