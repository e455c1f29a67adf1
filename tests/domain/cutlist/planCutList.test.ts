import { describe, expect, it } from 'vitest'
import { DEFAULT_WORKSHOP } from '../../../src/domain/cutlist/defaultWorkshop'
import { packSheets, type CutMode, type Placement, type SheetPart } from '../../../src/domain/cutlist/packing'
import { FOIL_ALLOWANCE, planCutList, PLASTER_G_PER_CM3 } from '../../../src/domain/cutlist/planCutList'
import type { CutPlan, Offcut, StockItem, Workshop } from '../../../src/domain/cutlist/types'
import type { NewProp } from '../../../src/domain/scene/addProp'
import { createScene } from '../../../src/domain/scene/createScene'
import { partByTag, placedCounts, planCost, planProblems, QUICK, sceneOf } from './planChecks'

const MODES: readonly CutMode[] = ['knife', 'guillotine']

const workshopFor = (mode: CutMode, extra: Partial<Workshop> = {}): Workshop => ({
  ...DEFAULT_WORKSHOP,
  mode,
  ...extra,
})

const sheetItem = (
  id: string,
  widthMm: number,
  lengthMm: number,
  price: number,
  thicknessMm = 1,
): StockItem => ({
  id,
  form: 'sheet',
  stock: 'balsa-sheet',
  name: id,
  thicknessMm,
  widthMm,
  lengthMm,
  price,
})

const offcut = (id: string, extra: Partial<Offcut> = {}): Offcut => ({
  id,
  stock: 'balsa-sheet',
  thicknessMm: 1,
  widthMm: 100,
  lengthMm: 200,
  count: 1,
  ...extra,
})

/** A bit of everything the catalog cuts: sheets of two thicknesses, strips, dowels, tube, rod, profile, bulk. */
const MIXED: NewProp[] = [
  { kind: 'balsa.plank-floor' },
  { kind: 'balsa.crate' },
  { kind: 'balsa.crate', params: { lengthMm: 40, depthMm: 30, heightMm: 20 } },
  { kind: 'balsa.strip', params: { thicknessMm: 2, widthMm: 3, lengthMm: 300 } },
  { kind: 'balsa.ladder' },
  { kind: 'balsa.post' },
  { kind: 'balsa.pallet' },
  { kind: 'rust.oil-drum' },
  { kind: 'rust.oil-drum' },
  { kind: 'rust.pipe' },
  { kind: 'rust.i-beam' },
  { kind: 'rust.sign' },
  { kind: 'plastic.styrene-sheet', params: { lengthMm: 120, widthMm: 150 } },
  { kind: 'foil.crumpled-rock' },
  { kind: 'plaster.brick-wall' },
]

const sheetGroups = (plan: CutPlan) => plan.groups.filter((g) => g.form === 'sheet')

describe('planCutList on the default plank floor', () => {
  const scene = sceneOf({ kind: 'balsa.plank-floor' })

  it.each(MODES)('cuts all 12 planks from valid %s sheets and buys one sheet', (mode) => {
    const workshop = workshopFor(mode)
    const plan = planCutList(scene, workshop, QUICK)
    expect(planProblems(plan, workshop)).toEqual([])
    expect(placedCounts(plan).get('A')).toBe(12)
    expect(plan.unsupplied).toEqual([])
    expect(plan.groups.map((g) => [g.form, g.title])).toEqual([['sheet', 'Balsa sheet 1.5 mm']])
    expect(plan.shopping.map((l) => l.quantity)).toEqual([1])
  })

  it('is the same plan every time without a time limit', () => {
    const workshop = workshopFor('knife')
    expect(planCutList(scene, workshop, QUICK)).toEqual(planCutList(scene, workshop, QUICK))
  })
})

describe.each(MODES)('planCutList on a mixed scene, %s', (mode) => {
  const workshop = workshopFor(mode, { kerfMm: 0.5, trimMm: 2 })
  const plan = planCutList(sceneOf(...MIXED), workshop, QUICK)

  it('lays out every sheet and bar validly: inside, a kerf apart, with the grain, the stock sizes', () => {
    expect(planProblems(plan, workshop)).toEqual([])
  })

  it('places every part of a sheet or bar group as many times as it is counted', () => {
    const placed = placedCounts(plan)
    for (const group of plan.groups) {
      if (group.form !== 'sheet' && group.form !== 'bar') continue
      for (const tag of group.partTags) {
        const missing = group.unplaced.filter((u) => u.partId === tag).reduce((n, u) => n + u.count, 0)
        expect((placed.get(tag) ?? 0) + missing, tag).toBe(partByTag(plan, tag).count)
      }
    }
  })

  it('keeps balsa grain along the sheet length: no grained balsa part is turned', () => {
    for (const group of sheetGroups(plan)) {
      if (group.form !== 'sheet' || !group.title.startsWith('Balsa')) continue
      expect(group.grained).toBe(true)
      for (const sheet of group.sheets) for (const p of sheet.layout.placements) expect(p.rotated).toBe(false)
    }
  })

  it('puts each part in exactly one group, or reports it unsupplied', () => {
    const tags = [...plan.groups.flatMap((g) => g.partTags), ...plan.unsupplied.map((u) => u.tag)]
    for (const part of plan.parts) expect(tags, part.tag).toContain(part.tag)
    expect(new Set(plan.groups.flatMap((g) => g.partTags)).size).toBe(
      plan.groups.flatMap((g) => g.partTags).length,
    )
  })

  it('counts the cuts of every sheet and bar', () => {
    let cuts = 0
    for (const group of plan.groups) {
      if (group.form === 'sheet') for (const s of group.sheets) cuts += s.layout.cutCount
      if (group.form === 'bar') for (const b of group.bars) cuts += b.layout.cutPositionsMm.length
    }
    expect(plan.cutCount).toBe(cuts)
    expect(cuts).toBeGreaterThan(0)
  })
})

describe('planCutList: grain and sizes', () => {
  it('reports a grained part wider than every sheet, though it would fit turned', () => {
    // 300 across the grain, 80 along it: balsa sheets are at most 101.6 wide.
    const scene = sceneOf({ kind: 'balsa.sheet', params: { lengthMm: 80, widthMm: 300, thicknessMm: 1 } })
    const plan = planCutList(scene, DEFAULT_WORKSHOP, QUICK)
    expect(plan.unsupplied).toEqual([
      { tag: 'A', reason: 'larger than every listed balsa sheet 1 mm: add a bigger size to the stock list' },
    ])
    expect(placedCounts(plan).size).toBe(0)
    expect(plan.shopping).toEqual([])
  })

  it('turns an ungrained styrene part to fit the sheet', () => {
    // 280 × 200 fits a 210 × 297 A4 sheet only one way round.
    const scene = sceneOf({
      kind: 'plastic.styrene-sheet',
      params: { lengthMm: 200, widthMm: 280, thicknessMm: 1 },
    })
    const workshop = workshopFor('knife', { trimMm: 0 })
    const plan = planCutList(scene, workshop, QUICK)
    expect(planProblems(plan, workshop)).toEqual([])
    expect(placedCounts(plan).get('A')).toBe(1)
    expect(plan.unsupplied).toEqual([])
  })

  it('reports a strip longer than every bar of its section', () => {
    // 2 × 3 mm strip comes 1000 long; 1 mm is trimmed off each end.
    const scene = sceneOf({ kind: 'balsa.strip', params: { thicknessMm: 2, widthMm: 3, lengthMm: 999 } })
    const plan = planCutList(scene, DEFAULT_WORKSHOP, QUICK)
    expect(plan.unsupplied).toEqual([
      {
        tag: 'A',
        reason: 'larger than every listed balsa strip 2 × 3 mm: add a bigger size to the stock list',
      },
    ])
  })

  it('reports parts no stock item matches, with the reason', () => {
    const plan = planCutList(
      sceneOf({ kind: 'rust.pipe', params: { diameterMm: 30 } }),
      DEFAULT_WORKSHOP,
      QUICK,
    )
    expect(plan.unsupplied).toEqual([{ tag: 'A', reason: 'no metal tube near 30 mm in the stock list' }])
    expect(plan.groups).toEqual([])
  })

  it('never buys sheet thinner than the part by the tolerance, however cheap', () => {
    // The default balsa sheet is 1.6 mm; 1/16 in is 1.59 mm, and 1.5 mm is a tenth too thin.
    const workshop = workshopFor('knife', {
      stock: [sheetItem('sixteenth', 76.2, 914.4, 2, 1.59), sheetItem('metric', 100, 1000, 1, 1.5)],
    })
    const plan = planCutList(sceneOf({ kind: 'balsa.sheet' }), workshop, QUICK)
    expect(planProblems(plan, workshop)).toEqual([])
    expect(plan.shopping.map((l) => l.stockId)).toEqual(['sixteenth'])
  })

  it('notes the sanding when a part is cut from thicker sheet', () => {
    const plan = planCutList(
      sceneOf({ kind: 'balsa.plank-floor', params: { thicknessMm: 0.6 } }),
      DEFAULT_WORKSHOP,
      QUICK,
    )
    // 1/32 in (0.79 mm) is the thinnest balsa sheet.
    expect(plan.groups[0]?.note).toBe('A: sand to 0.6 mm from 0.8 mm')
  })

  it('gives an empty scene an empty plan', () => {
    const plan = planCutList(createScene(), DEFAULT_WORKSHOP, QUICK)
    expect(plan).toEqual({ parts: [], groups: [], shopping: [], unsupplied: [], cutCount: 0, cutLengthMm: 0 })
  })
})

describe('planCutList: offcuts', () => {
  const crate = sceneOf({ kind: 'balsa.crate' })

  it.each(MODES)('cuts from an offcut before buying (%s)', (mode) => {
    const workshop = workshopFor(mode, { offcuts: [offcut('bench')] })
    const plan = planCutList(crate, workshop, QUICK)
    expect(planProblems(plan, workshop)).toEqual([])
    const sheets = sheetGroups(plan).flatMap((g) => (g.form === 'sheet' ? g.sheets : []))
    expect(sheets.map((s) => [s.stockId, s.offcut])).toEqual([['bench', true]])
    expect(plan.shopping).toEqual([])
    expect([...placedCounts(plan).values()]).toEqual([2, 2, 2])
  })

  it('ignores offcuts of another thickness or stock', () => {
    const workshop = workshopFor('knife', {
      offcuts: [offcut('thick', { thicknessMm: 3 }), offcut('plastic', { stock: 'styrene-sheet' })],
    })
    const plan = planCutList(crate, workshop, QUICK)
    expect(plan.shopping.map((l) => l.stockId)).toEqual(['balsa-sheet-1mm-100x1000'])
    expect(planProblems(plan, workshop)).toEqual([])
  })

  it('buys only what the offcut cannot hold', () => {
    // A 20 × 30 offcut holds a 16 × 24 top, not the rest of the crate.
    const workshop = workshopFor('knife', { offcuts: [offcut('scrap', { widthMm: 20, lengthMm: 30 })] })
    const plan = planCutList(crate, workshop, QUICK)
    expect(planProblems(plan, workshop)).toEqual([])
    const sheets = sheetGroups(plan).flatMap((g) => (g.form === 'sheet' ? g.sheets : []))
    expect(sheets.filter((s) => s.offcut)).toHaveLength(1)
    expect(plan.shopping.map((l) => l.quantity)).toEqual([1])
    expect([...placedCounts(plan).values()].reduce((a, b) => a + b, 0)).toBe(6)
  })

  it('cuts strips from a bar offcut before buying', () => {
    const scene = sceneOf({ kind: 'balsa.strip', params: { thicknessMm: 2, widthMm: 3, lengthMm: 90 } })
    const workshop = workshopFor('knife', {
      offcuts: [
        offcut('stub', { stock: 'balsa-strip', thicknessMm: 3, widthMm: 2, lengthMm: 150, count: 2 }),
      ],
    })
    const plan = planCutList(scene, workshop, QUICK)
    expect(planProblems(plan, workshop)).toEqual([])
    const bars = plan.groups.flatMap((g) => (g.form === 'bar' ? g.bars : []))
    expect(bars.map((b) => [b.stockId, b.offcut])).toEqual([['stub', true]])
    expect(plan.shopping).toEqual([])
  })

  it('uses an offcut no more often than the workshop has it, across thicknesses that share it', () => {
    // 1.5 mm planks and a 1.6 mm sheet are planned as two thicknesses, and a 1.5 mm offcut suits both.
    const scene = sceneOf(
      { kind: 'balsa.plank-floor', params: { lengthMm: 40, widthMm: 20 } },
      { kind: 'balsa.sheet', params: { lengthMm: 30, widthMm: 20 } },
    )
    const workshop = workshopFor('knife', { offcuts: [offcut('one', { thicknessMm: 1.5 })] })
    const plan = planCutList(scene, workshop, QUICK)
    expect(planProblems(plan, workshop)).toEqual([])
  })
})

describe('planCutList: the cheapest mix of sheet sizes', () => {
  /** Parts of the one sheet group as the planner packs them. */
  const sheetPartsOf = (plan: CutPlan): SheetPart[] =>
    plan.parts.map((p) => {
      if (p.size.shape !== 'flat') throw new Error('not flat')
      return {
        id: p.tag,
        widthMm: p.size.widthMm,
        heightMm: p.size.lengthMm,
        count: p.count,
        canRotate: false,
      }
    })

  const bestSingleSize = (plan: CutPlan, workshop: Workshop): number => {
    const costs = workshop.stock.flatMap((item) => {
      if (item.form !== 'sheet') return []
      const result = packSheets({
        parts: sheetPartsOf(plan),
        sheet: { widthMm: item.widthMm, heightMm: item.lengthMm },
        kerfMm: workshop.kerfMm,
        trimMm: workshop.trimMm,
        mode: workshop.mode,
        search: QUICK.search,
      })
      return result.unplaced.length === 0 ? [result.sheets.length * item.price] : []
    })
    return Math.min(...costs)
  }

  const crates: NewProp[] = [
    { kind: 'balsa.crate', params: { lengthMm: 90, depthMm: 60, heightMm: 50 } },
    { kind: 'balsa.crate', params: { lengthMm: 90, depthMm: 60, heightMm: 50 } },
    { kind: 'balsa.crate' },
    { kind: 'balsa.crate' },
    { kind: 'balsa.sheet', params: { lengthMm: 250, widthMm: 90, thicknessMm: 1 } },
  ]

  it.each([
    ['the long sheet is cheaper by area', 6, 3],
    ['the short sheet is cheaper by area', 12, 2],
    ['both cost alike by area', 10, 3],
  ])('never costs more than the best single size when %s (%d / %d)', (_, longPrice, shortPrice) => {
    for (const mode of MODES) {
      const workshop = workshopFor(mode, {
        stock: [sheetItem('long', 100, 1000, longPrice), sheetItem('short', 100, 300, shortPrice)],
      })
      const plan = planCutList(sceneOf(...crates), workshop, QUICK)
      expect(planProblems(plan, workshop)).toEqual([])
      expect(plan.unsupplied).toEqual([])
      expect(planCost(plan, workshop)).toBeLessThanOrEqual(bestSingleSize(plan, workshop) + 1e-9)
    }
  })

  it.each(MODES)('finishes on short sheets what a long sheet starts when that is cheaper (%s)', (mode) => {
    // Four 90 × 60 × 50 crates: 100 032 mm² of panels, just over one long sheet.
    const workshop = workshopFor(mode, {
      stock: [sheetItem('long', 100, 1000, 6), sheetItem('short', 100, 300, 2.5)],
    })
    const big: NewProp = { kind: 'balsa.crate', params: { lengthMm: 90, depthMm: 60, heightMm: 50 } }
    const plan = planCutList(sceneOf(big, big, big, big), workshop, QUICK)
    expect(planProblems(plan, workshop)).toEqual([])
    expect(new Set(plan.shopping.map((l) => l.stockId))).toEqual(new Set(['long', 'short']))
    expect(planCost(plan, workshop)).toBeLessThan(bestSingleSize(plan, workshop))
  })

  it('buys the size that holds a part too long for the cheaper one', () => {
    const workshop = workshopFor('knife', {
      stock: [sheetItem('long', 100, 1000, 6), sheetItem('short', 100, 300, 1)],
    })
    const scene = sceneOf(
      { kind: 'balsa.sheet', params: { lengthMm: 500, widthMm: 50, thicknessMm: 1 } },
      { kind: 'balsa.crate' },
    )
    const plan = planCutList(scene, workshop, QUICK)
    expect(planProblems(plan, workshop)).toEqual([])
    expect(plan.unsupplied).toEqual([])
    expect(plan.shopping.find((l) => l.stockId === 'long')?.quantity).toBe(1)
  })
})

describe('planCutList: bulk', () => {
  it('buys plaster by the gram and foil by the area, with the allowances', () => {
    const scene = sceneOf(
      // 500 × 300 × 50 mm = 7.5 l of cast: 9750 g of powder, four 2.5 kg bags ($32) beat any mix with 1 kg.
      { kind: 'plaster.brick-wall', params: { lengthMm: 500, heightMm: 300, thicknessMm: 50 } },
      // 4 layers of 1000 × 1000 mm, a fifth more: 4.8 m², one 45 cm × 22.8 m roll ($6) beats three 30 cm ($7.50).
      { kind: 'foil.flat-sheet', params: { lengthMm: 1000, widthMm: 1000, layers: 4 } },
    )
    const plan = planCutList(scene, DEFAULT_WORKSHOP, QUICK)
    const bulk = plan.groups.flatMap((g) => (g.form === 'roll' || g.form === 'bag' ? [g] : []))
    expect(bulk.map((g) => [g.form, g.bought])).toEqual([
      ['roll', [{ stockId: 'foil-450x22800', quantity: 1 }]],
      ['bag', [{ stockId: 'plaster-2.5kg', quantity: 4 }]],
    ])
    expect(bulk[0]!.amount).toBeCloseTo(4_000_000 * FOIL_ALLOWANCE, 6)
    expect(bulk[1]!.amount).toBeCloseTo(7500 * PLASTER_G_PER_CM3, 6)
    expect(plan.shopping.map((l) => [l.stockId, l.quantity, l.cost])).toEqual([
      ['foil-450x22800', 1, 6],
      ['plaster-2.5kg', 4, 32],
    ])
  })

  it('buys one small bag for the default brick wall', () => {
    // 60 × 30 × 6.2 mm = 11.16 cm³: 14.5 g of powder.
    const plan = planCutList(sceneOf({ kind: 'plaster.brick-wall' }), DEFAULT_WORKSHOP, QUICK)
    expect(plan.shopping.map((l) => [l.stockId, l.quantity])).toEqual([['plaster-1kg', 1]])
  })
})

describe('planCutList: progress', () => {
  it('reports non-decreasing fractions in (0, 1], ending at 1', () => {
    const fractions: number[] = []
    planCutList(sceneOf(...MIXED), DEFAULT_WORKSHOP, { ...QUICK, onProgress: (f) => fractions.push(f) })
    expect(fractions.length).toBeGreaterThan(2)
    expect(fractions.at(-1)).toBe(1)
    for (const [i, f] of fractions.entries()) {
      expect(f).toBeGreaterThan(0)
      expect(f).toBeLessThanOrEqual(1)
      if (i > 0) expect(f).toBeGreaterThanOrEqual(fractions[i - 1]!)
    }
    // Only the end is 1: a bar that fills up before the work is done would mislead.
    expect(fractions.filter((f) => f === 1)).toHaveLength(1)
  })

  it('reports 1 once for a scene with nothing to pack', () => {
    const fractions: number[] = []
    planCutList(createScene(), DEFAULT_WORKSHOP, { onProgress: (f) => fractions.push(f) })
    expect(fractions).toEqual([1])
  })
})

describe('planProblems, the checker these tests rely on', () => {
  const workshop = workshopFor('knife')
  const plan = planCutList(
    sceneOf({ kind: 'balsa.plank-floor' }, { kind: 'balsa.strip', params: { thicknessMm: 2, widthMm: 3 } }),
    workshop,
    QUICK,
  )

  /** The plan with the first sheet's placements changed. */
  const withPlacements = (change: (p: Placement, i: number) => Placement): CutPlan => ({
    ...plan,
    groups: plan.groups.map((g) =>
      g.form !== 'sheet'
        ? g
        : {
            ...g,
            sheets: g.sheets.map((s, i) =>
              i > 0 ? s : { ...s, layout: { ...s.layout, placements: s.layout.placements.map(change) } },
            ),
          },
    ),
  })

  it('passes the plan as made', () => {
    expect(planProblems(plan, workshop)).toEqual([])
  })

  it('catches parts on top of each other, turned against the grain, or off the sheet', () => {
    const stacked = withPlacements((p) => ({ ...p, xMm: 1, yMm: 1 }))
    expect(planProblems(stacked, workshop).join('\n')).toMatch(/closer than one kerf/)
    const turned = withPlacements((p, i) =>
      i === 0 ? { ...p, rotated: true, widthMm: p.heightMm, heightMm: p.widthMm } : p,
    )
    expect(planProblems(turned, workshop).join('\n')).toMatch(/turned against the grain/)
    const outside = withPlacements((p, i) => (i === 0 ? { ...p, xMm: -5 } : p))
    expect(planProblems(outside, workshop).join('\n')).toMatch(/outside the usable area/)
  })

  it('catches a sheet or bar that is not the size of its stock item', () => {
    const renamed: CutPlan = {
      ...plan,
      groups: plan.groups.map((g) =>
        g.form === 'sheet'
          ? { ...g, sheets: g.sheets.map((s) => ({ ...s, stockId: 'styrene-sheet-0.5mm-a4' })) }
          : g.form === 'bar'
            ? { ...g, bars: g.bars.map((b) => ({ ...b, stockId: 'styrene-rod-10' })) }
            : g,
      ),
    }
    const problems = planProblems(renamed, workshop)
    expect(problems.some((p) => p.includes('not the length of the stock item'))).toBe(true)
    expect(problems.some((p) => p.includes('not the size of the stock item'))).toBe(true)
  })
})
