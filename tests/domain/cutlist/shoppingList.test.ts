import { describe, expect, it } from 'vitest'
import { DEFAULT_WORKSHOP } from '../../../src/domain/cutlist/defaultWorkshop'
import type { PackedSheet, Placement } from '../../../src/domain/cutlist/packing'
import { planCutList } from '../../../src/domain/cutlist/planCutList'
import { capacityOf, shoppingList, totalCost } from '../../../src/domain/cutlist/shoppingList'
import type { StockGroupPlan, StockItem, Workshop } from '../../../src/domain/cutlist/types'
import { QUICK, sceneOf } from './planChecks'

const STOCK: StockItem[] = [
  {
    id: 'S',
    form: 'sheet',
    stock: 'balsa-sheet',
    name: 'Sheet',
    thicknessMm: 1,
    widthMm: 100,
    lengthMm: 200,
    price: 3,
  },
  {
    id: 'B',
    form: 'bar',
    stock: 'balsa-strip',
    name: 'Strip',
    thicknessMm: 2,
    widthMm: 3,
    lengthMm: 1000,
    price: 0.6,
  },
  { id: 'P', form: 'bag', stock: 'plaster', name: 'Small bag', grams: 1000, price: 4 },
  { id: 'Q', form: 'bag', stock: 'plaster', name: 'Big bag', grams: 2500, price: 8 },
  { id: 'R', form: 'roll', stock: 'kitchen-foil', name: 'Foil', widthMm: 300, lengthMm: 7600, price: 2.625 },
]

const placed = (widthMm: number, heightMm: number): Placement => ({
  partId: 'A',
  copy: 0,
  xMm: 0,
  yMm: 0,
  widthMm,
  heightMm,
  rotated: false,
})
const layout = (placements: Placement[], cutCount: number, cutLengthMm: number): PackedSheet => ({
  placements,
  wastePct: 0,
  cutCount,
  cutLengthMm,
  cuts: [],
})
const size = { widthMm: 100, heightMm: 200 }

/** Two bought sheets and an offcut, a bought bar and an offcut bar, 3 kg of plaster in two bags, three foil rolls. */
const GROUPS: StockGroupPlan[] = [
  {
    form: 'sheet',
    title: 'Balsa sheet 1 mm',
    grained: true,
    partTags: ['A'],
    unplaced: [],
    sheets: [
      {
        stockId: 'S',
        name: 'Sheet',
        size,
        offcut: false,
        layout: layout([placed(50, 100), placed(20, 40)], 4, 300),
      },
      { stockId: 'S', name: 'Sheet', size, offcut: false, layout: layout([placed(100, 100)], 2, 200.04) },
      { stockId: 'old', name: 'Offcut', size, offcut: true, layout: layout([placed(10, 10)], 1, 20) },
    ],
  },
  {
    form: 'bar',
    title: 'Balsa strip 2 × 3 mm',
    partTags: ['B'],
    unplaced: [],
    bars: [
      {
        stockId: 'B',
        name: 'Strip',
        offcut: false,
        layout: {
          stockIndex: 1,
          stockLengthMm: 1000,
          pieces: [
            { pieceId: 'B', copy: 0, startMm: 1, lengthMm: 300 },
            { pieceId: 'B', copy: 1, startMm: 302, lengthMm: 200 },
          ],
          cutPositionsMm: [0.5, 301.5, 502.5],
          wasteMm: 500,
          wastePct: 50,
        },
      },
      {
        stockId: 'stub',
        name: 'Offcut 150 mm',
        offcut: true,
        layout: {
          stockIndex: 0,
          stockLengthMm: 150,
          pieces: [{ pieceId: 'B', copy: 2, startMm: 1, lengthMm: 100 }],
          cutPositionsMm: [101.5],
          wasteMm: 50,
          wastePct: 33.3,
        },
      },
    ],
  },
  {
    form: 'bag',
    title: 'Plaster',
    partTags: ['C'],
    amount: 3000,
    bought: [
      { stockId: 'P', quantity: 1 },
      { stockId: 'Q', quantity: 1 },
    ],
  },
  {
    form: 'roll',
    title: 'Kitchen foil',
    partTags: ['D'],
    amount: 2_280_000,
    bought: [{ stockId: 'R', quantity: 3 }],
  },
]

describe('shoppingList on a hand-made plan', () => {
  const { lines, cutCount, cutLengthMm } = shoppingList(GROUPS, STOCK)

  it('lists each bought item once, in stock-list order, with its quantity, price and cost', () => {
    expect(lines.map((l) => [l.stockId, l.name, l.quantity, l.unitPrice, l.cost])).toEqual([
      ['S', 'Sheet', 2, 3, 6],
      ['B', 'Strip', 1, 0.6, 0.6],
      ['P', 'Small bag', 1, 4, 4],
      ['Q', 'Big bag', 1, 8, 8],
      // 3 × 2.625 = 7.875, to the cent.
      ['R', 'Foil', 3, 2.625, 7.88],
    ])
  })

  it('leaves offcuts off the list: they are free', () => {
    expect(lines.map((l) => l.stockId)).not.toContain('old')
    expect(lines.map((l) => l.stockId)).not.toContain('stub')
  })

  it('says how much of what is bought the parts use', () => {
    // Sheets: (5000 + 800 + 10000) of 2 × 20000 mm². Bar: 500 of 1000 mm. Plaster: 3000 of 3500 g in each bag.
    // Foil: 2.28 m² of three rolls of 2.28 m².
    expect(lines.map((l) => l.usedPct)).toEqual([39.5, 50, 85.7, 85.7, 33.3])
  })

  it('counts every cut, offcuts included, and the length of the sheet cuts', () => {
    expect(cutCount).toBe(4 + 2 + 1 + 3 + 1)
    expect(cutLengthMm).toBe(520)
  })

  it('totals the costs to the cent', () => {
    expect(totalCost(lines)).toBe(26.48)
    expect(totalCost([])).toBe(0)
  })

  it('buys nothing for no groups', () => {
    expect(shoppingList([], STOCK)).toEqual({ lines: [], cutCount: 0, cutLengthMm: 0 })
  })
})

describe('capacityOf', () => {
  it('is the area of a roll, the grams of a bag, nothing for sheets and bars', () => {
    expect(STOCK.map(capacityOf)).toEqual([0, 0, 1000, 2500, 300 * 7600])
  })
})

describe('shoppingList agrees with the plan it lists', () => {
  const offcut = {
    id: 'bench',
    stock: 'balsa-sheet' as const,
    thicknessMm: 1,
    widthMm: 30,
    lengthMm: 40,
    count: 1,
  }
  const workshop: Workshop = { ...DEFAULT_WORKSHOP, offcuts: [offcut] }
  const plan = planCutList(
    sceneOf(
      { kind: 'balsa.crate' },
      { kind: 'balsa.plank-floor' },
      { kind: 'balsa.ladder' },
      { kind: 'rust.oil-drum' },
      { kind: 'balsa.strip', params: { thicknessMm: 2, widthMm: 3, lengthMm: 400 } },
      { kind: 'balsa.strip', params: { thicknessMm: 2, widthMm: 3, lengthMm: 700 } },
      { kind: 'foil.crumpled-rock' },
      { kind: 'plaster.terrain-slab' },
    ),
    workshop,
    QUICK,
  )

  it('buys exactly the sheets, bars and bulk of the plan, and none of the offcuts', () => {
    const expected = new Map<string, number>()
    const add = (id: string, n: number) => expected.set(id, (expected.get(id) ?? 0) + n)
    for (const group of plan.groups) {
      if (group.form === 'sheet') for (const s of group.sheets) if (!s.offcut) add(s.stockId, 1)
      if (group.form === 'bar') for (const b of group.bars) if (!b.offcut) add(b.stockId, 1)
      if (group.form === 'roll' || group.form === 'bag')
        for (const b of group.bought) add(b.stockId, b.quantity)
    }
    expect(new Map(plan.shopping.map((l) => [l.stockId, l.quantity]))).toEqual(expected)
    expect(plan.shopping.map((l) => l.stockId)).not.toContain('bench')
    // The offcut is in the plan, so the test shows it is left off, not merely unused.
    const sheets = plan.groups.flatMap((g) => (g.form === 'sheet' ? g.sheets : []))
    expect(sheets.some((s) => s.offcut && s.stockId === 'bench')).toBe(true)
  })

  it('prices each line at the stock list price, and used shares stay within 0..100', () => {
    for (const line of plan.shopping) {
      const item = workshop.stock.find((s) => s.id === line.stockId)!
      expect(line.unitPrice).toBe(item.price)
      expect(line.cost).toBeCloseTo(line.quantity * item.price, 2)
      expect(line.quantity).toBeGreaterThan(0)
      expect(line.usedPct).toBeGreaterThanOrEqual(0)
      expect(line.usedPct).toBeLessThanOrEqual(100)
    }
    expect(new Set(plan.shopping.map((l) => l.stockId)).size).toBe(plan.shopping.length)
  })

  it('works out the used share of a sheet from the parts on it', () => {
    // The default plank floor alone: 12 planks of 6 × 120 on one 1/16 in × 3 × 36 in sheet (76.2 × 914.4).
    const floor = planCutList(sceneOf({ kind: 'balsa.plank-floor' }), DEFAULT_WORKSHOP, QUICK)
    expect(floor.shopping).toHaveLength(1)
    const sheet = DEFAULT_WORKSHOP.stock.find((s) => s.id === floor.shopping[0]!.stockId)
    if (sheet?.form !== 'sheet') throw new Error('not a sheet')
    expect(floor.shopping[0]!.usedPct).toBeCloseTo((100 * 12 * 6 * 120) / (sheet.widthMm * sheet.lengthMm), 1)
  })
})
