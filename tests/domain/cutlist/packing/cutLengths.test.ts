import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  cutLengths,
  validateCutLengths,
  type CutLengthsRequest,
  type CutLengthsResult,
} from '../../../../src/domain/cutlist/packing'
import { seededRandom } from '../../../../src/domain/random'

const QUICK = { effort: 20_000 }

/** Sum of piece lengths plus one kerf each, over the usable bar plus one kerf, rounded up, in bars. */
function lowerBoundBars(request: CutLengthsRequest): number {
  const kerf = request.kerfMm ?? 0.3
  const bar = request.stock[0]?.lengthMm ?? 0
  const total = request.pieces.reduce((sum, p) => sum + p.count * (p.lengthMm + kerf), 0)
  return Math.ceil(total / (bar - 2 * (request.trimMm ?? 0) + kerf) - 1e-9)
}

const lengthsOf = (result: CutLengthsResult) => result.bars.map((bar) => bar.stockLengthMm)

describe('cutLengths on generated requests', () => {
  const arbitraryRequest = fc
    .record({
      stock: fc.array(
        fc.record({
          lengthMm: fc.integer({ min: 100, max: 1200 }),
          available: fc.option(fc.integer({ min: 0, max: 3 })),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      kerfMm: fc.constantFrom(0, 0.3, 1, 3),
      trimMm: fc.constantFrom(0, 0, 5),
      pieces: fc.array(
        fc.record({ length: fc.integer({ min: 5, max: 13000 }), count: fc.integer({ min: 0, max: 12 }) }),
        {
          minLength: 1,
          maxLength: 6,
        },
      ),
    })
    .map((r): CutLengthsRequest => ({
      stock: r.stock.map((s) =>
        s.available === null ? { lengthMm: s.lengthMm } : { lengthMm: s.lengthMm, available: s.available },
      ),
      kerfMm: r.kerfMm,
      trimMm: r.trimMm,
      pieces: r.pieces.map((p, i) => ({ id: `p${i}`, lengthMm: p.length / 10, count: p.count })),
      search: QUICK,
    }))

  it('cuts every piece once, inside the bar, a kerf apart, from stock at hand', () => {
    fc.assert(
      fc.property(arbitraryRequest, (request) => {
        const result = cutLengths(request)
        expect(validateCutLengths(request, result)).toEqual([])
        for (const bar of result.bars) expect(bar.pieces.length).toBeGreaterThan(0)
      }),
      { numRuns: 150 },
    )
  })

  it('uses within 2% of the lower bound on generated hobby cases (and one bar over at worst)', () => {
    const random = seededRandom(7)
    let used = 0
    let bound = 0
    for (let c = 0; c < 60; c++) {
      const lengthMm = random() < 0.5 ? 914 : 1000
      const request: CutLengthsRequest = {
        stock: [{ lengthMm }],
        kerfMm: [0, 0.3, 1][c % 3],
        trimMm: c % 4 === 0 ? 5 : 0,
        pieces: Array.from({ length: 2 + Math.floor(random() * 9) }, (_, k) => ({
          id: `p${k}`,
          lengthMm: Math.round((10 + random() * (lengthMm / 3 - 10)) * 2) / 2,
          count: 1 + Math.floor(random() * 15),
        })),
      }
      const result = cutLengths(request)
      expect(validateCutLengths(request, result)).toEqual([])
      const lb = lowerBoundBars(request)
      expect(result.bars.length).toBeLessThanOrEqual(lb + 1)
      used += result.stockUsedMm
      bound += lb * lengthMm
    }
    expect(used).toBeLessThanOrEqual(bound * 1.02)
  })

  it('gives the same bars for the same request', () => {
    fc.assert(
      fc.property(arbitraryRequest, (request) => {
        expect(cutLengths(request)).toEqual(cutLengths(request))
      }),
      { numRuns: 10 },
    )
  })
})

describe('cutLengths stock, kerf and trim', () => {
  it('fits four quarters in a bar only without kerf', () => {
    const quarters = { pieces: [{ id: 'q', lengthMm: 250, count: 4 }], stock: [{ lengthMm: 1000 }] }
    expect(cutLengths({ ...quarters, kerfMm: 0 }).bars).toHaveLength(1)
    expect(cutLengths({ ...quarters, kerfMm: 0.3 }).bars).toHaveLength(2)
    expect(cutLengths({ ...quarters, kerfMm: 0, trimMm: 1 }).bars).toHaveLength(2)
  })

  it('puts cuts between pieces and at the trim, none at the bar end', () => {
    const request = {
      pieces: [{ id: 'p', lengthMm: 100, count: 2 }],
      stock: [{ lengthMm: 300 }],
      kerfMm: 1,
      trimMm: 5,
    }
    const [bar] = cutLengths(request).bars
    expect(bar?.pieces.map((p) => p.startMm)).toEqual([5, 106])
    expect(bar?.cutPositionsMm).toEqual([4.5, 105.5, 206.5])
    expect(bar?.wasteMm).toBe(100)
    const exact = cutLengths({
      pieces: [{ id: 'p', lengthMm: 100, count: 3 }],
      stock: [{ lengthMm: 300 }],
      kerfMm: 0,
    })
    expect(exact.bars[0]?.cutPositionsMm).toEqual([100, 200])
  })

  it('reports pieces longer than any bar, and pieces left when only offcuts are given', () => {
    const result = cutLengths({
      pieces: [
        { id: 'long', lengthMm: 1200, count: 2 },
        { id: 'short', lengthMm: 200, count: 3 },
      ],
      stock: [{ lengthMm: 500, available: 1 }],
      kerfMm: 0,
    })
    expect(result.unplaced).toEqual([
      { partId: 'long', count: 2, reason: 'too-big' },
      { partId: 'short', count: 1, reason: 'no-stock' },
    ])
    expect(result.bars).toHaveLength(1)
  })

  it('uses offcuts first, then the cheapest mix of bar lengths', () => {
    const result = cutLengths({
      pieces: [{ id: 'p', lengthMm: 150, count: 5 }],
      stock: [{ lengthMm: 1000 }, { lengthMm: 500 }, { lengthMm: 320, available: 1 }],
      kerfMm: 0,
    })
    // The offcut takes two; the other three (450 mm) fit the 500 mm bar.
    expect(lengthsOf(result).sort()).toEqual([320, 500])
    expect(result.stockUsedMm).toBe(820)
  })

  it('moves bars to a shorter stock length when it holds them', () => {
    const result = cutLengths({
      pieces: [
        { id: 'a', lengthMm: 600, count: 2 },
        { id: 'b', lengthMm: 300, count: 1 },
      ],
      stock: [{ lengthMm: 1000 }, { lengthMm: 700 }],
      kerfMm: 0,
    })
    expect(result.stockUsedMm).toBe(1700)
  })

  it('rejects malformed requests', () => {
    expect(() =>
      cutLengths({ pieces: [{ id: 'p', lengthMm: 0, count: 1 }], stock: [{ lengthMm: 10 }] }),
    ).toThrow(RangeError)
    expect(() => cutLengths({ pieces: [], stock: [{ lengthMm: 10, available: -1 }] })).toThrow(/available/)
  })
})

describe('validateCutLengths', () => {
  const request: CutLengthsRequest = {
    pieces: [{ id: 'p', lengthMm: 100, count: 2 }],
    stock: [{ lengthMm: 300, available: 1 }],
    kerfMm: 1,
  }
  const good = cutLengths(request)

  it('accepts the cutter output and finds each fault', () => {
    expect(validateCutLengths(request, good)).toEqual([])
    const bar = good.bars[0]!
    const withPieces = (pieces: typeof bar.pieces, cuts = bar.cutPositionsMm) => ({
      ...good,
      bars: [{ ...bar, pieces, cutPositionsMm: cuts }],
    })
    const [a, b] = bar.pieces as [(typeof bar.pieces)[0], (typeof bar.pieces)[0]]
    expect(validateCutLengths(request, withPieces([a, { ...b, startMm: a.startMm + 100.5 }])).join()).toMatch(
      /kerf/,
    )
    expect(validateCutLengths(request, withPieces([a, { ...b, startMm: 250 }])).join()).toMatch(/outside/)
    expect(validateCutLengths(request, withPieces([a])).join()).toMatch(/1 cut and 0 reported/)
    expect(validateCutLengths(request, withPieces([a, { ...b, copy: 0 }])).join()).toMatch(/repeated/)
    expect(validateCutLengths(request, withPieces([a, b], [])).join()).toMatch(/no cut at its end/)
    const twice = { ...good, bars: [bar, { ...bar, pieces: [] }], stockUsedMm: 600 }
    expect(validateCutLengths(request, twice).join()).toMatch(/2 used, 1 at hand/)
  })
})
