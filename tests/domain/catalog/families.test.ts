import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { plankFloor } from '../../../src/domain/catalog/balsa/plankFloor'
import { defaultParams, FAMILIES, familyOf, MATERIAL_LABELS } from '../../../src/domain/catalog/index'
import { MAX_REPEATS } from '../../../src/domain/catalog/spacing'
import type { MaterialKind, PropFamily } from '../../../src/domain/catalog/types'
import { paramIssues } from '../../../src/domain/catalog/validateParams'
import {
  consistentArb,
  defaults,
  paramsArb,
  partNumbers,
  pieceProblems,
  piecesSpan,
  proudMm,
} from './pieceExtent'

/**
 * Repeated detail is capped at MAX_REPEATS a kind, so no prop needs more than two kinds' worth (a grate's
 * bars each way) plus a few. The plank floor's ranges came before the cap and saved scenes may use them:
 * 1000 planks of 1 mm.
 */
const maxPieces = (family: PropFamily) => (family === plankFloor ? 1000 : 2 * MAX_REPEATS + 10)

const each = FAMILIES.map((f) => [f.kind, f] as const)
const MATERIAL_ORDER: readonly MaterialKind[] = ['balsa', 'foil', 'rust', 'plaster', 'plastic']

describe('the catalog', () => {
  it('lists 35 families with unique kinds, found by kind', () => {
    const kinds = FAMILIES.map((f) => f.kind)
    expect(kinds).toHaveLength(35)
    expect(new Set(kinds).size).toBe(kinds.length)
    for (const f of FAMILIES) expect(familyOf(f.kind)).toBe(f)
    expect(familyOf('balsa.chair')).toBeUndefined()
    expect(familyOf('constructor')).toBeUndefined()
  })

  it('keeps the kinds that saved scenes already use', () => {
    for (const kind of [
      'balsa.strip',
      'balsa.plank-floor',
      'balsa.post',
      'balsa.crate',
      'foil.crumpled-rock',
      'rust.oil-drum',
      'rust.corrugated-sheet',
      'rust.i-beam',
      'rust.pipe',
    ])
      expect(familyOf(kind)?.kind).toBe(kind)
  })

  it('names each kind "<material>.<name>" after its material, with a unique label', () => {
    for (const f of FAMILIES) {
      expect(f.kind).toMatch(/^[a-z]+\.[a-z]+(-[a-z]+)*$/)
      expect(f.kind.split('.')[0]).toBe(f.material)
      expect(f.label.length).toBeGreaterThan(0)
      expect(MATERIAL_LABELS[f.material]).toBeTruthy()
    }
    expect(new Set(FAMILIES.map((f) => f.label)).size).toBe(FAMILIES.length)
  })

  it('lists the palette grouped by material: balsa, foil, rust, plaster, plastic', () => {
    const order = FAMILIES.map((f) => MATERIAL_ORDER.indexOf(f.material))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    const counts = MATERIAL_ORDER.map((m) => FAMILIES.filter((f) => f.material === m).length)
    expect(counts).toEqual([16, 4, 10, 2, 3])
  })

  it('gives every default as a parameter value', () => {
    expect(defaultParams(plankFloor)).toEqual({
      lengthMm: 120,
      widthMm: 80,
      plankWidthMm: 6,
      thicknessMm: 1.5,
      gapMm: 0.3,
    })
  })
})

describe.each(each)('%s', (_kind, family) => {
  it('has defaults within its ranges, lengths named in Mm', () => {
    const entries = Object.entries(family.params)
    expect(entries.length).toBeGreaterThan(0)
    for (const [name, spec] of entries) {
      expect(spec.min, name).toBeLessThan(spec.max)
      expect(spec.default, name).toBeGreaterThanOrEqual(spec.min)
      expect(spec.default, name).toBeLessThanOrEqual(spec.max)
      if (spec.integer) expect(Number.isInteger(spec.default), name).toBe(true)
      expect(spec.unit === 'mm', name).toBe(name.endsWith('Mm'))
      expect(spec.label.length, name).toBeGreaterThan(0)
    }
  })

  it('accepts its own defaults', () => {
    expect(paramIssues(family, defaults(family))).toEqual([])
  })

  it('sits its default pieces on the origin, filling the bounding size along x and y', () => {
    const p = defaults(family)
    expect(pieceProblems(family, p)).toEqual([])
    const size = family.size(p)
    const span = piecesSpan(family, p)
    const proud = proudMm(family, p)
    expect(span.min.y).toBeCloseTo(0, 9)
    expect(span.max.y).toBeCloseTo(size.y, 9)
    expect(span.max.x).toBeCloseTo(size.x / 2 + proud, 9)
    expect(span.min.x).toBeCloseTo(-size.x / 2 - proud, 9)
    // Planks need not fill a floor's width exactly, so z is only bounded (checked above).
  })

  it('stays cheap to draw at its defaults: fewer than 200 pieces', () => {
    expect(family.pieces(defaults(family)).length).toBeLessThan(200)
  })

  it('keeps pieces inside the bounding size, and parts finite and positive, for any accepted parameters', () => {
    fc.assert(
      fc.property(consistentArb(family), (p) => {
        expect(pieceProblems(family, p)).toEqual([])
        expect(family.pieces(p).length).toBeLessThanOrEqual(maxPieces(family))
        const parts = family.parts(p)
        expect(parts.length).toBeGreaterThan(0)
        for (const part of parts) {
          for (const n of partNumbers(part))
            expect(n > 0 && Number.isFinite(n), JSON.stringify(part)).toBe(true)
          expect(Number.isInteger(part.count)).toBe(true)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('names a real parameter, with words for the maker, whenever its rules refuse', () => {
    fc.assert(
      fc.property(paramsArb(family), (p) => {
        const issue = family.check?.(p)
        if (!issue) return
        expect(Object.keys(family.params)).toContain(issue.param)
        expect(issue.message).toMatch(/^[a-z0-9].{10,}$/)
        expect(issue.message).not.toMatch(/NaN|undefined|Infinity|\d\.\d{3,}/)
      }),
      { numRuns: 150 },
    )
  })
})
