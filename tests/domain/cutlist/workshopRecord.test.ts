import { describe, expect, it } from 'vitest'
import { DEFAULT_WORKSHOP } from '../../../src/domain/cutlist/defaultWorkshop'
import { DEFAULT_STOCK } from '../../../src/domain/cutlist/stockCatalog'
import type { Workshop } from '../../../src/domain/cutlist/types'
import { readWorkshop, toRecord } from '../../../src/domain/cutlist/workshopRecord'

const changed: Workshop = {
  ...DEFAULT_WORKSHOP,
  currency: 'EUR',
  stock: [
    ...DEFAULT_STOCK.slice(1).map((s, i) => (i === 0 ? { ...s, price: 7.25 } : s)),
    {
      id: 'own-rod',
      form: 'bar',
      stock: 'styrene-rod',
      name: 'Rod from the club',
      thicknessMm: 1,
      widthMm: 1,
      lengthMm: 300,
      price: 0,
    },
  ],
  offcuts: [{ id: 'o1', stock: 'styrene-sheet', thicknessMm: 0.5, widthMm: 60, lengthMm: 90, count: 3 }],
  kerfMm: 0.5,
  mode: 'guillotine',
  rates: { ...DEFAULT_WORKSHOP.rates, hourlyRate: 42 },
}

describe('the stored workshop', () => {
  it('keeps only what the maker changed, and reads back the same workshop', () => {
    const record = toRecord(changed)
    expect(record.hidden).toEqual([DEFAULT_STOCK[0]!.id])
    expect(record.prices).toEqual({ [DEFAULT_STOCK[1]!.id]: 7.25 })
    expect(record.custom.map((c) => c.id)).toEqual(['own-rod'])
    const read = readWorkshop(JSON.parse(JSON.stringify(record)))
    expect(read.problem).toBeUndefined()
    expect(read.workshop).toEqual(changed)
  })

  it('gives the defaults for nothing stored', () => {
    expect(readWorkshop(undefined)).toEqual({ workshop: DEFAULT_WORKSHOP })
    expect(readWorkshop(null)).toEqual({ workshop: DEFAULT_WORKSHOP })
  })

  it('refuses damaged records with the place and reason, and falls back to the defaults', () => {
    const good = toRecord(changed)
    const cases: [unknown, RegExp][] = [
      ['not an object', /record/],
      [{ ...good, version: 2 }, /^version/],
      [{ ...good, kerfMm: -1 }, /^kerfMm/],
      [{ ...good, kerfMm: Number.NaN }, /^kerfMm/],
      [{ ...good, currency: '<script>' }, /^currency/],
      [{ ...good, extra: true }, /.+/],
      [{ ...good, custom: [{ ...good.custom[0], price: -3 }] }, /^custom\.0/],
      [{ ...good, offcuts: [{ ...good.offcuts[0], count: 0.5 }] }, /^offcuts\.0\.count/],
    ]
    for (const [stored, where] of cases) {
      const read = readWorkshop(stored)
      expect(read.workshop).toBe(DEFAULT_WORKSHOP)
      expect(read.problem).toMatch(where)
    }
  })

  it('never lets a stored price key reach the object prototype or a stock item it does not name', () => {
    const stored = JSON.parse(`{"__proto__": {"polluted": 1}, "constructor": 2}`) as Record<string, unknown>
    const read = readWorkshop({ ...toRecord(DEFAULT_WORKSHOP), prices: stored })
    expect(read.workshop.stock).toEqual(DEFAULT_WORKSHOP.stock)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(toRecord(read.workshop).prices)).toBe(Object.prototype)
  })
})
