import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cheapestCover, type BuyOption } from '../../../src/domain/cutlist/cheapestCover'

/** Every mix of counts up to what covers `needed` alone: the least cost, then the least amount at that cost. */
function bruteForce(
  needed: number,
  options: readonly BuyOption[],
): { cost: number; amount: number } | undefined {
  const usable = options.filter((o) => o.amount > 0 && o.price >= 0)
  if (usable.length === 0) return undefined
  if (needed <= 0) return { cost: 0, amount: 0 }
  let best: { cost: number; amount: number } | undefined
  const visit = (i: number, amount: number, cost: number) => {
    if (i === usable.length) {
      if (amount >= needed && (!best || cost < best.cost || (cost === best.cost && amount < best.amount)))
        best = { cost, amount }
      return
    }
    const option = usable[i]!
    for (let n = 0; n <= Math.ceil(needed / option.amount); n++)
      visit(i + 1, amount + n * option.amount, cost + n * option.price)
  }
  visit(0, 0, 0)
  return best
}

const option = (id: string, amount: number, price: number): BuyOption => ({ id, amount, price })

describe('cheapestCover', () => {
  it('matches a brute force over every mix of up to three sizes', () => {
    const options = fc
      .array(
        fc.record({
          amount: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constant(0)),
          // Quarters add up exactly in binary, so costs compare exactly.
          price: fc.integer({ min: -1, max: 40 }).map((q) => q / 4),
        }),
        { minLength: 0, maxLength: 3 },
      )
      .map((list) => list.map((o, i) => option(`size-${i}`, o.amount, o.price)))
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 45 }), options, (needed, opts) => {
        const cover = cheapestCover(needed, opts)
        const best = bruteForce(needed, opts)
        if (!best) {
          expect(cover).toBeUndefined()
          return
        }
        expect(cover).toBeDefined()
        expect({ cost: cover!.cost, amount: cover!.amount }).toEqual(best)
        // The counts are the mix it claims: positive, of listed sizes, adding up to its amount and cost.
        let amount = 0
        let cost = 0
        for (const [id, n] of cover!.counts) {
          const o = opts.find((x) => x.id === id)
          expect(o).toBeDefined()
          expect(n).toBeGreaterThan(0)
          expect(Number.isInteger(n)).toBe(true)
          amount += n * o!.amount
          cost += n * o!.price
        }
        expect(amount).toBe(cover!.amount)
        expect(cost).toBe(cover!.cost)
        if (needed > 0) expect(amount).toBeGreaterThanOrEqual(needed)
      }),
      { numRuns: 300 },
    )
  })

  it('buys plaster the cheap way: two 2.5 kg bags for 4.6 kg, not five 1 kg bags', () => {
    const cover = cheapestCover(4600, [option('1kg', 1000, 4), option('2.5kg', 2500, 8)])
    expect(cover).toEqual({ counts: new Map([['2.5kg', 2]]), cost: 16, amount: 5000 })
  })

  it('mixes sizes when the mix is cheaper', () => {
    // 3.4 kg: one 2.5 kg and one 1 kg (12) beat two 2.5 kg (16) and four 1 kg (16).
    const cover = cheapestCover(3400, [option('1kg', 1000, 4), option('2.5kg', 2500, 8)])
    expect(cover).toEqual({
      counts: new Map([
        ['1kg', 1],
        ['2.5kg', 1],
      ]),
      cost: 12,
      amount: 3500,
    })
  })

  it('takes the smaller surplus when two mixes cost the same', () => {
    // 4.2 kg: two 2.5 kg bags and one 2.5 kg with two 1 kg both cost 16; the second leaves 0.3 kg, not 0.8.
    const cover = cheapestCover(4200, [option('1kg', 1000, 4), option('2.5kg', 2500, 8)])
    expect(cover).toEqual({
      counts: new Map([
        ['1kg', 2],
        ['2.5kg', 1],
      ]),
      cost: 16,
      amount: 4500,
    })
  })

  it('buys nothing when nothing is needed', () => {
    expect(cheapestCover(0, [option('a', 10, 1)])).toEqual({ counts: new Map(), cost: 0, amount: 0 })
  })

  it('has no answer without a size that holds anything', () => {
    expect(cheapestCover(10, [])).toBeUndefined()
    expect(cheapestCover(10, [option('empty', 0, 1), option('odd', 5, -1)])).toBeUndefined()
  })
})
