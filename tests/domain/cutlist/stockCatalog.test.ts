import { describe, expect, it } from 'vitest'
import { DEFAULT_WORKSHOP } from '../../../src/domain/cutlist/defaultWorkshop'
import { DEFAULT_STOCK } from '../../../src/domain/cutlist/stockCatalog'
import type { StockItem } from '../../../src/domain/cutlist/types'

/** The size a name states in decimal inches ("0.080 in"), or undefined when it states none. */
function statedThou(name: string): number | undefined {
  const match = /\b0\.(\d+) in\b/.exec(name)
  return match ? Number(`0.${match[1]}`) * 25.4 : undefined
}

const sizeOf = (item: StockItem) => ('thicknessMm' in item ? item.thicknessMm : undefined)

describe('the default stock list', () => {
  it('has unique ids, positive prices and positive sizes', () => {
    const ids = DEFAULT_STOCK.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const item of DEFAULT_STOCK) {
      expect(item.price).toBeGreaterThan(0)
      const sizes = item.form === 'bag' ? [item.grams] : [item.widthMm, item.lengthMm, sizeOf(item) ?? 1]
      for (const size of sizes) expect(size).toBeGreaterThan(0)
    }
  })

  it.each(DEFAULT_STOCK.filter((s) => statedThou(s.name) !== undefined).map((s) => [s.name, s] as const))(
    '%s is the size its name says',
    (_, item) => {
      expect(sizeOf(item)).toBeCloseTo(statedThou(item.name)!, 1)
    },
  )

  it('is what the default workshop offers, with no offcuts and a 0.1 mm tolerance', () => {
    expect(DEFAULT_WORKSHOP.stock).toBe(DEFAULT_STOCK)
    expect(DEFAULT_WORKSHOP.offcuts).toEqual([])
    expect(DEFAULT_WORKSHOP.toleranceMm).toBe(0.1)
  })
})
