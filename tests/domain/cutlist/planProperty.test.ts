import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultParams, FAMILIES } from '../../../src/domain/catalog'
import type { ParamSpec, PropFamily } from '../../../src/domain/catalog/types'
import { paramIssues } from '../../../src/domain/catalog/validateParams'
import { DEFAULT_WORKSHOP } from '../../../src/domain/cutlist/defaultWorkshop'
import { planCutList } from '../../../src/domain/cutlist/planCutList'
import type { CutPlan, Workshop } from '../../../src/domain/cutlist/types'
import type { NewProp } from '../../../src/domain/scene/addProp'
import { placedCounts, planProblems, sceneOf } from './planChecks'

/** A value near the default: half to twice it (kept in range), whole for counts. */
function near(spec: ParamSpec): fc.Arbitrary<number> {
  const lo = Math.max(spec.min, spec.default / 2)
  const hi = Math.min(spec.max, Math.max(spec.default * 2, lo))
  if (spec.integer) return fc.integer({ min: Math.ceil(lo), max: Math.max(Math.ceil(lo), Math.floor(hi)) })
  if (spec.unit === 'ratio') return fc.double({ min: spec.min, max: spec.max, noNaN: true })
  // Tenths of a millimetre, as a maker types them.
  return fc
    .integer({ min: Math.ceil(lo * 10), max: Math.max(Math.ceil(lo * 10), Math.floor(hi * 10)) })
    .map((tenths) => tenths / 10)
}

/** Some parameters tweaked, the rest at their defaults, kept only when the family accepts them. */
const propOf = (family: PropFamily): fc.Arbitrary<NewProp> =>
  fc
    .record(
      Object.fromEntries(Object.entries(family.params).map(([name, spec]) => [name, fc.option(near(spec))])),
    )
    .map((given) => {
      const params = defaultParams(family)
      for (const [name, value] of Object.entries(given)) if (typeof value === 'number') params[name] = value
      return params
    })
    .filter((params) => paramIssues(family, params).length === 0)
    .map((params) => ({ kind: family.kind, params }))

const propArb = fc.constantFrom(...FAMILIES).chain(propOf)

const workshopArb: fc.Arbitrary<Workshop> = fc
  .record({
    mode: fc.constantFrom('knife' as const, 'guillotine' as const),
    kerfMm: fc.constantFrom(0, 0.3, 1),
    trimMm: fc.constantFrom(0, 1, 3),
    toleranceMm: fc.constantFrom(0.05, 0.1, 0.3),
  })
  .map((w) => ({ ...DEFAULT_WORKSHOP, ...w }))

/** Every part placed as often as counted, bought in bulk, or reported missing (with its missing copies). */
function accountingProblems(plan: CutPlan): string[] {
  const problems: string[] = []
  const placed = placedCounts(plan)
  const unsupplied = new Set(plan.unsupplied.map((u) => u.tag))
  for (const tag of unsupplied)
    if (!plan.parts.some((p) => p.tag === tag)) problems.push(`${tag}: unsupplied but no such part`)
  for (const part of plan.parts) {
    const groups = plan.groups.filter((g) => g.partTags.includes(part.tag))
    if (groups.length > 1) problems.push(`${part.tag}: in ${groups.length} groups`)
    const group = groups[0]
    if (!group) {
      if (!unsupplied.has(part.tag)) problems.push(`${part.tag}: in no group and not reported`)
      continue
    }
    if (group.form !== 'sheet' && group.form !== 'bar') continue
    const missing = group.unplaced.filter((u) => u.partId === part.tag).reduce((n, u) => n + u.count, 0)
    const got = placed.get(part.tag) ?? 0
    if (got + missing !== part.count)
      problems.push(`${part.tag}: ${got} placed, ${missing} missing of ${part.count}`)
    if (missing > 0 && !unsupplied.has(part.tag)) problems.push(`${part.tag}: missing copies not reported`)
  }
  return problems
}

describe('planCutList on random small scenes', () => {
  it('never throws, lays out every sheet and bar validly, and accounts for every part', () => {
    fc.assert(
      fc.property(fc.array(propArb, { minLength: 1, maxLength: 4 }), workshopArb, (props, workshop) => {
        const plan = planCutList(sceneOf(...props), workshop, { search: { effort: 3000 } })
        expect(planProblems(plan, workshop)).toEqual([])
        expect(accountingProblems(plan)).toEqual([])
        for (const line of plan.shopping) {
          expect(line.usedPct).toBeGreaterThanOrEqual(0)
          expect(line.usedPct).toBeLessThanOrEqual(100)
        }
      }),
      { numRuns: 30 },
    )
  })
})
