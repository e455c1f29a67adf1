import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  packSheets,
  validatePacking,
  type CutMode,
  type PackSheetsRequest,
  type PackSheetsResult,
  type Placement,
  type SheetPart,
} from '../../../../src/domain/cutlist/packing'
import { cutLength, guillotineCutTree, knifeCuts } from '../../../../src/domain/cutlist/packing/cuts'

/** A small search budget keeps the property runs fast; validity does not depend on it. */
const QUICK = { effort: 20_000 }

const part = (id: string, widthMm: number, heightMm: number, count = 1, canRotate = false): SheetPart => ({
  id,
  widthMm,
  heightMm,
  count,
  canRotate,
})

const request = (
  parts: SheetPart[],
  sheet: [number, number],
  mode: CutMode,
  extra: Partial<PackSheetsRequest> = {},
): PackSheetsRequest => ({
  parts,
  sheet: { widthMm: sheet[0], heightMm: sheet[1] },
  mode,
  kerfMm: 0,
  search: QUICK,
  ...extra,
})

const placedCount = (result: PackSheetsResult) => result.sheets.reduce((n, s) => n + s.placements.length, 0)

const arbitraryRequest = (mode: CutMode) =>
  fc
    .record({
      sheetW: fc.integer({ min: 40, max: 300 }),
      sheetH: fc.integer({ min: 40, max: 300 }),
      kerfMm: fc.constantFrom(0, 0.3, 1, 3.2),
      trimMm: fc.constantFrom(0, 0, 2.5, 10),
      parts: fc.array(
        fc.record({
          // Tenths of a millimetre, up to a little over the sheet so some parts are too big.
          w: fc.integer({ min: 5, max: 3200 }),
          h: fc.integer({ min: 5, max: 3200 }),
          count: fc.integer({ min: 0, max: 6 }),
          canRotate: fc.boolean(),
        }),
        { minLength: 1, maxLength: 7 },
      ),
      seed: fc.integer({ min: 0, max: 1000 }),
    })
    .map((r): PackSheetsRequest => ({
      mode,
      sheet: { widthMm: r.sheetW, heightMm: r.sheetH },
      kerfMm: r.kerfMm,
      trimMm: r.trimMm,
      parts: r.parts.map((p, i) => part(`p${i}`, p.w / 10, p.h / 10, p.count, p.canRotate)),
      search: { ...QUICK, seed: r.seed },
    }))

describe('packSheets lower bound', () => {
  it('lets two parts that fit side by side to the tenth, kerf between, share a sheet (found by fast-check)', () => {
    const result = packSheets({
      mode: 'guillotine',
      sheet: { widthMm: 165, heightMm: 40 },
      kerfMm: 3.2,
      trimMm: 0,
      parts: [part('p0', 80.9, 5.5, 5)],
      search: { effort: 20000, seed: 0 },
    })
    expect(result.sheets).toHaveLength(1)
    expect(result.lowerBound).toBe(1)
  })
})

describe('packSheets on generated requests', () => {
  for (const mode of ['knife', 'guillotine'] as const) {
    it(`gives valid ${mode} layouts: inside the trim, a kerf apart, grain kept, every copy once`, () => {
      fc.assert(
        fc.property(arbitraryRequest(mode), (req) => {
          const result = packSheets(req)
          expect(validatePacking(req, result)).toEqual([])
          expect(result.sheets.length).toBeGreaterThanOrEqual(result.lowerBound)
          for (const sheet of result.sheets) {
            expect(sheet.placements.length).toBeGreaterThan(0)
            expect(sheet.wastePct).toBeGreaterThanOrEqual(0)
            expect(sheet.wastePct).toBeLessThan(100)
          }
        }),
        { numRuns: 60 },
      )
    })
  }

  it('gives the same layout for the same request', () => {
    fc.assert(
      fc.property(arbitraryRequest('knife'), (req) => {
        expect(packSheets(req)).toEqual(packSheets(req))
      }),
      { numRuns: 10 },
    )
  })
})

describe('packSheets sizes and stock', () => {
  it('reports parts too big for the sheet instead of throwing, and packs the rest', () => {
    const req = request(
      [part('big', 120, 50, 2), part('ok', 50, 50, 3), part('long', 90, 30, 1, false)],
      [100, 100],
      'knife',
    )
    const result = packSheets(req)
    expect(result.unplaced).toEqual([{ partId: 'big', count: 2, reason: 'too-big' }])
    expect(placedCount(result)).toBe(4)
    expect(validatePacking(req, result)).toEqual([])
  })

  it('turns a part only when it may: grain-locked parts that fit only turned are too big', () => {
    const locked = packSheets(request([part('strip', 30, 150, 1, false)], [200, 100], 'knife'))
    expect(locked.unplaced).toEqual([{ partId: 'strip', count: 1, reason: 'too-big' }])
    const free = packSheets(request([part('strip', 30, 150, 1, true)], [200, 100], 'knife'))
    expect(free.unplaced).toEqual([])
    expect(free.sheets[0]?.placements[0]).toMatchObject({ rotated: true, widthMm: 150, heightMm: 30 })
  })

  it('keeps the trim free on every edge: a part of exactly the usable size fits, a hair more does not', () => {
    const fits = request([part('panel', 80, 60)], [100, 80], 'guillotine', { trimMm: 10 })
    const result = packSheets(fits)
    expect(result.sheets[0]?.placements[0]).toMatchObject({ xMm: 10, yMm: 10 })
    expect(validatePacking(fits, result)).toEqual([])
    const tooBig = packSheets(request([part('panel', 80.1, 60)], [100, 80], 'guillotine', { trimMm: 10 }))
    expect(tooBig.unplaced).toHaveLength(1)
  })

  it('leaves a kerf between parts: two halves fit one sheet only without kerf', () => {
    const halves = [part('half', 50, 20, 2)]
    expect(packSheets(request(halves, [100, 20], 'knife', { kerfMm: 0 })).sheets).toHaveLength(1)
    const sawn = request(halves, [100, 20], 'knife', { kerfMm: 3 })
    const result = packSheets(sawn)
    expect(result.sheets).toHaveLength(2)
    expect(validatePacking(sawn, result)).toEqual([])
    // With a kerf the parts still reach the far edge of the usable area.
    const thirds = request([part('third', 32, 20, 3)], [100, 20], 'guillotine', { kerfMm: 2 })
    const packed = packSheets(thirds)
    expect(packed.sheets).toHaveLength(1)
    expect(Math.max(...(packed.sheets[0]?.placements ?? []).map((p) => p.xMm + p.widthMm))).toBeCloseTo(100)
  })

  it('uses the default 0.3 mm kerf when none is given', () => {
    const req: PackSheetsRequest = {
      parts: [part('half', 50, 20, 2)],
      sheet: { widthMm: 100, heightMm: 20 },
      mode: 'knife',
    }
    expect(packSheets(req).sheets).toHaveLength(2)
  })

  it('returns no sheets for no parts, and rejects malformed sizes', () => {
    expect(packSheets(request([part('none', 10, 10, 0)], [100, 100], 'knife')).sheets).toEqual([])
    expect(() => packSheets(request([part('bad', -1, 10)], [100, 100], 'knife'))).toThrow(RangeError)
    expect(() => packSheets(request([part('bad', 10, 10, 1.5)], [100, 100], 'knife'))).toThrow(/count/)
    expect(() => packSheets(request([part('a', 1, 1), part('a', 2, 2)], [100, 100], 'knife'))).toThrow(
      /twice/,
    )
  })

  it('reaches a perfect fit: the pieces of two sheets cut guillotine-wise go back onto two sheets', () => {
    // 100 x 100 cut into strips and blocks; the lower bound (area) is 2, so 2 sheets is optimal.
    const pieces = [part('a', 60, 40, 2), part('b', 40, 40, 2), part('c', 30, 60, 4), part('d', 40, 60, 2)]
    for (const mode of ['knife', 'guillotine'] as const) {
      const req = request(pieces, [100, 100], mode)
      const result = packSheets(req)
      expect(result.lowerBound).toBe(2)
      expect(result.sheets).toHaveLength(2)
      expect(validatePacking(req, result)).toEqual([])
    }
  })
})

describe('cuts', () => {
  it('counts the one cut between two parts that fill a sheet, in both modes', () => {
    for (const mode of ['knife', 'guillotine'] as const) {
      const [sheet] = packSheets(request([part('half', 50, 50, 2)], [100, 50], mode)).sheets
      expect(sheet?.cutCount).toBe(1)
      expect(sheet?.cutLengthMm).toBeCloseTo(50)
      expect(sheet?.wastePct).toBeCloseTo(0)
    }
  })

  it('straight cuts: squares the sheet first with a trim, then cuts edge to edge', () => {
    const req = request([part('half', 40, 30, 2)], [100, 50], 'guillotine', { trimMm: 10, kerfMm: 0 })
    const [sheet] = packSheets(req).sheets
    expect(sheet?.cuts.slice(0, 4).map((c) => [c.axis, c.atMm])).toEqual([
      ['y', 10],
      ['y', 40],
      ['x', 10],
      ['x', 90],
    ])
    // Usable 80 x 30 holds the two parts exactly: one more cut between them.
    expect(sheet?.cutCount).toBe(5)
  })

  it('knife: an edge on the sheet border is not cut, facing edges one kerf apart share a stroke', () => {
    // Three 30 x 20 parts in a row at the bottom-left of a 100 x 100 sheet, kerf 1.
    const row = [0, 31, 62].map((x, copy) => ({
      partId: 'p',
      copy,
      xMm: x,
      yMm: 0,
      widthMm: 30,
      heightMm: 20,
      rotated: false,
    }))
    const cuts = knifeCuts(row, { widthMm: 100, heightMm: 100 }, 1)
    // The tops are one stroke (their gaps are a kerf wide), the two shared edges and the last right edge are
    // one stroke each; bottoms and the first left edge lie on the sheet border.
    expect(cuts).toHaveLength(4)
    expect(cuts[0]).toEqual({ axis: 'y', atMm: 20.5, fromMm: 0, toMm: 92 })
    expect(cuts.slice(1).map((c) => c.atMm)).toEqual([30.5, 61.5, 92.5])
    expect(cutLength(cuts)).toBeCloseTo(92 + 3 * 20)
    // Apart by more than a kerf, the tops are separate strokes.
    const spread = row.map((p, i) => ({ ...p, xMm: i * 35 }))
    expect(knifeCuts(spread, { widthMm: 100, heightMm: 100 }, 1).filter((c) => c.axis === 'y')).toHaveLength(
      3,
    )
  })

  it('straight cuts: the cut tree of a two-stage layout, and none for a part filling its piece', () => {
    // Working units (kerf 0): a 100 x 100 sheet with a 100 x 40 strip of two parts, and one part above.
    const rects = [
      { x: 0, y: 0, w: 60, h: 40 },
      { x: 60, y: 0, w: 40, h: 40 },
      { x: 0, y: 40, w: 50, h: 30 },
    ]
    const cuts = guillotineCutTree(rects, 100, 100)
    expect(cuts?.map((c) => [c.axis, c.atMm, c.toMm - c.fromMm])).toEqual([
      ['y', 40, 100], // strip off the bottom row
      ['y', 70, 100], // the offcut above the third part
      ['x', 60, 40], // between the two bottom parts
      ['x', 50, 30], // beside the third part
    ])
    expect(guillotineCutTree([{ x: 0, y: 0, w: 100, h: 100 }], 100, 100)).toEqual([])
  })

  it('knife cut count and length follow the rule on every generated layout', () => {
    const req = request([part('a', 23, 17, 5, true), part('b', 40, 11, 4)], [100, 60], 'knife', {
      kerfMm: 0.5,
    })
    for (const sheet of packSheets(req).sheets) {
      const perimeter = sheet.placements.reduce((sum, p) => sum + 2 * (p.widthMm + p.heightMm), 0)
      expect(sheet.cutLengthMm).toBeLessThanOrEqual(perimeter + 1e-6)
      expect(sheet.cutCount).toBe(sheet.cuts.length)
      for (const cut of sheet.cuts) expect(cut.toMm).toBeGreaterThan(cut.fromMm)
    }
  })
})

describe('validatePacking', () => {
  // 101 x 100 sheet, kerf 1: a#0 and a#1 side by side exactly one kerf apart, g above them.
  const req = request([part('a', 50, 50, 2), part('g', 30, 10)], [101, 100], 'knife', { kerfMm: 1 })
  const placements: Placement[] = [
    { partId: 'a', copy: 0, xMm: 0, yMm: 0, widthMm: 50, heightMm: 50, rotated: false },
    { partId: 'a', copy: 1, xMm: 51, yMm: 0, widthMm: 50, heightMm: 50, rotated: false },
    { partId: 'g', copy: 0, xMm: 0, yMm: 51, widthMm: 30, heightMm: 10, rotated: false },
  ]
  const result = (list: Placement[], unplaced: PackSheetsResult['unplaced'] = []): PackSheetsResult => ({
    lowerBound: 1,
    unplaced,
    sheets: [{ placements: list, wastePct: 47, cutCount: 0, cutLengthMm: 0, cuts: [] }],
  })
  const change = (index: number, patch: Partial<Placement>) =>
    result(placements.map((p, i) => (i === index ? { ...p, ...patch } : p)))

  it('accepts a valid layout', () => {
    expect(validatePacking(req, result(placements))).toEqual([])
  })

  it('finds each kind of fault', () => {
    const problems = (r: PackSheetsResult) => validatePacking(req, r).join('; ')
    expect(problems(change(1, { xMm: 50.5 }))).toMatch(/closer than one kerf/)
    expect(problems(change(1, { xMm: 20, yMm: 20 }))).toMatch(/closer than one kerf/)
    expect(problems(change(2, { yMm: 95 }))).toMatch(/g#0: outside the usable area/)
    expect(problems(change(2, { rotated: true, widthMm: 10, heightMm: 30 }))).toMatch(
      /turned against the grain/,
    )
    expect(problems(change(1, { widthMm: 49 }))).toMatch(/placed as 49 x 50, part is 50 x 50/)
    expect(problems(change(1, { copy: 0 }))).toMatch(/a#0: placed twice/)
    expect(problems(result(placements.slice(0, 2)))).toMatch(/g: 0 placed and 0 reported, count is 1/)
    const excuse = result(placements.slice(0, 2), [{ partId: 'g', count: 1, reason: 'too-big' }])
    expect(problems(excuse)).toMatch(/g: reported too big but fits the sheet/)
    const trimmed = { ...req, trimMm: 1 }
    expect(validatePacking(trimmed, result(placements)).join()).toMatch(/a#0: outside the usable area/)
  })

  it('finds a layout that no sequence of straight cuts can free', () => {
    // A pinwheel: four 2 x 1 bars around a 1 x 1 square on a 3 x 3 sheet.
    const pinwheel = request(
      [part('bar', 2, 1, 2, true), part('post', 1, 2, 2), part('core', 1, 1)],
      [3, 3],
      'guillotine',
    )
    const list: Placement[] = [
      { partId: 'bar', copy: 0, xMm: 0, yMm: 0, widthMm: 2, heightMm: 1, rotated: false },
      { partId: 'post', copy: 0, xMm: 2, yMm: 0, widthMm: 1, heightMm: 2, rotated: false },
      { partId: 'bar', copy: 1, xMm: 1, yMm: 2, widthMm: 2, heightMm: 1, rotated: false },
      { partId: 'post', copy: 1, xMm: 0, yMm: 1, widthMm: 1, heightMm: 2, rotated: false },
      { partId: 'core', copy: 0, xMm: 1, yMm: 1, widthMm: 1, heightMm: 1, rotated: false },
    ]
    expect(validatePacking({ ...pinwheel, mode: 'knife' }, result(list))).toEqual([])
    expect(validatePacking(pinwheel, result(list)).join()).toMatch(/no sequence of edge-to-edge cuts/)
    // Two bars stacked: one cut between them frees both.
    const rows = list.slice(0, 1).concat([{ ...list[0]!, copy: 1, yMm: 1 }])
    expect(validatePacking({ ...pinwheel, parts: [part('bar', 2, 1, 2)] }, result(rows))).toEqual([])
  })
})
