import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { packSheets } from '../../../../src/domain/cutlist/packing'
import { oneDimensionalBound, sheetLowerBound } from '../../../../src/domain/cutlist/packing/lowerBound'

const items = (sizes: [number, number][], canRotate = false) => sizes.map(([w, h]) => ({ w, h, canRotate }))

describe('sheetLowerBound', () => {
  it('is the area bound for small items', () => {
    expect(sheetLowerBound(items([[10, 10]]), 100, 100)).toBe(1)
    expect(sheetLowerBound(items(Array.from({ length: 101 }, () => [10, 10])), 100, 100)).toBe(2)
    expect(sheetLowerBound([], 100, 100)).toBe(0)
  })

  it('gives every item larger than half the sheet both ways a sheet of its own', () => {
    // Area says 2; no two 51 x 51 squares share a 100 x 100 sheet.
    expect(
      sheetLowerBound(
        items([
          [51, 51],
          [51, 51],
          [51, 51],
        ]),
        100,
        100,
      ),
    ).toBe(3)
  })

  it('treats items taller than half the sheet as widths along its middle line', () => {
    // Area says 1; all three cross the line y = 50, where their widths add up to 120.
    expect(
      sheetLowerBound(
        items([
          [40, 60],
          [40, 60],
          [40, 60],
        ]),
        100,
        100,
      ),
    ).toBe(2)
    // And wider than half: heights along x = 50.
    expect(
      sheetLowerBound(
        items([
          [60, 30],
          [60, 30],
          [60, 30],
          [60, 30],
        ]),
        100,
        100,
      ),
    ).toBe(2)
  })

  it('lets items that may turn count only as the square of their shorter side', () => {
    // Turned, the four 60 x 30 items share one sheet (two across, two turned): the bound must allow it.
    expect(
      sheetLowerBound(
        items(
          [
            [60, 30],
            [60, 30],
            [60, 30],
            [60, 30],
          ],
          true,
        ),
        100,
        100,
      ),
    ).toBe(1)
    expect(
      sheetLowerBound(
        items(
          [
            [51, 60],
            [51, 60],
          ],
          true,
        ),
        100,
        100,
      ),
    ).toBe(2)
  })

  it('never exceeds the sheets of an actual layout', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 })), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.boolean(),
        (sizes, canRotate) => {
          const bound = sheetLowerBound(items(sizes, canRotate), 100, 100)
          const result = packSheets({
            mode: 'knife',
            kerfMm: 0,
            sheet: { widthMm: 100, heightMm: 100 },
            parts: sizes.map(([w, h], i) => ({
              id: String(i),
              widthMm: w,
              heightMm: h,
              count: 1,
              canRotate,
            })),
            search: { effort: 5_000 },
          })
          expect(result.lowerBound).toBe(bound)
          expect(bound).toBeLessThanOrEqual(result.sheets.length)
        },
      ),
      { numRuns: 80 },
    )
  })
})

describe('oneDimensionalBound', () => {
  it('sees that pieces over half the bar never share one', () => {
    expect(oneDimensionalBound([60, 60, 60], 100)).toBe(3)
    expect(oneDimensionalBound([50, 50, 50], 100)).toBe(2)
    // Area says 2, but 70 takes no 40 and three 40s need two bars.
    expect(oneDimensionalBound([70, 40, 40, 40], 100)).toBe(3)
  })
})
