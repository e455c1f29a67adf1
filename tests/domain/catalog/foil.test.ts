import { describe, expect, it } from 'vitest'
import { crumpledRock, ellipsoidAreaMm2 } from '../../../src/domain/catalog/foil/crumpledRock'
import { duct, WRAP_OVERLAP } from '../../../src/domain/catalog/foil/duct'
import { FOIL_DRAWN_MM, flatSheet } from '../../../src/domain/catalog/foil/flatSheet'
import { coursesPerSlope, roofing, roofOutline, slopeMm } from '../../../src/domain/catalog/foil/roofing'
import type { Part } from '../../../src/domain/catalog/types'
import { defaults, isSimple, withDefaults } from './pieceExtent'
import { issuesFor } from './refusal'

const area = (part: Part | undefined) => (part?.stock === 'kitchen-foil' ? part.areaMm2 : Number.NaN)

describe('crumpled-foil rock', () => {
  it('approximates an ellipsoid surface: exact for a sphere, close to the true area otherwise', () => {
    expect(ellipsoidAreaMm2(10, 10, 10)).toBeCloseTo(4 * Math.PI * 100, 6)
    // 3912.41 mm² by numeric integration of the surface of the 20 x 18 x 15 mm ellipsoid.
    expect(Math.abs(ellipsoidAreaMm2(20, 18, 15) / 3912.41 - 1)).toBeLessThan(0.01)
  })

  it('needs foil for half an ellipsoid, more the more it is crumpled', () => {
    // Half of 3912.70 mm² (Thomsen) times 1 + 2 x 0.6 for the default crumple.
    const [part] = crumpledRock.parts(defaults(crumpledRock))
    expect(part?.stock).toBe('kitchen-foil')
    expect(area(part)).toBeCloseTo(4303.97, 1)
    const flat = crumpledRock.parts(withDefaults(crumpledRock, { crumple: 0 }))[0]
    const full = crumpledRock.parts(withDefaults(crumpledRock, { crumple: 1 }))[0]
    expect(area(full) / area(flat)).toBeCloseTo(3, 9)
  })
})

describe('flat foil sheet', () => {
  it('needs one sheet of foil per layer, 60 x 40 = 2400 mm² each', () => {
    expect(flatSheet.parts(defaults(flatSheet))).toEqual([
      { stock: 'kitchen-foil', label: 'Foil layer', areaMm2: 2400, count: 1 },
    ])
    const folded = withDefaults(flatSheet, { layers: 3 })
    expect(flatSheet.parts(folded)[0]?.count).toBe(3)
    expect(flatSheet.size(folded).y).toBeCloseTo(3 * FOIL_DRAWN_MM, 12)
  })
})

describe('foil-wrapped duct', () => {
  const p = defaults(duct)

  it('runs 47.1 mm along the floor, bends, and rises 27.1 mm: two dowel cores and a foil wrap', () => {
    // Along: 60 - 4.3 (radius) - 8.6 (bend) = 47.1; up: 40 - 4.3 - 8.6 = 27.1; the bend is π x 8.6 / 2 = 13.51.
    // Foil: π x 8.6 round x (47.1 + 27.1 + 13.51) long x 1.25 overlap = 2962.1 mm².
    const parts = duct.parts(p)
    expect(
      parts
        .slice(0, 2)
        .map((part) => part.stock === 'balsa-dowel' && [part.diameterMm, part.lengthMm, part.count]),
    ).toEqual([
      [8.6, expect.closeTo(47.1, 9), 1],
      [8.6, expect.closeTo(27.1, 9), 1],
    ])
    const centreline = 47.1 + 27.1 + (Math.PI * 8.6) / 2
    expect(area(parts[2])).toBeCloseTo(Math.PI * 8.6 * centreline * WRAP_OVERLAP, 6)
    expect(area(parts[2])).toBeCloseTo(2962.11, 2)
  })

  it('is a straight, an elbow and a straight that meet end to end', () => {
    expect(duct.pieces(p).map((piece) => piece.shape)).toEqual(['cylinder', 'cylinder', 'elbow'])
  })

  it('with two bends, cuts the floor and top runs alike', () => {
    // Sides: 30 - 8.6 = 21.4 mm each (one line, two cores); up: 40 - 2 x 4.3 - 2 x 8.6 = 14.2 mm.
    const parts = duct.parts(withDefaults(duct, { bends: 2 }))
    expect(parts.slice(0, 2)).toEqual([
      {
        stock: 'balsa-dowel',
        label: 'Core',
        diameterMm: 8.6,
        lengthMm: expect.closeTo(21.4, 9) as number,
        count: 2,
      },
      {
        stock: 'balsa-dowel',
        label: 'Core',
        diameterMm: 8.6,
        lengthMm: expect.closeTo(14.2, 9) as number,
        count: 1,
      },
    ])
    expect(area(parts[2])).toBeCloseTo(Math.PI * 8.6 * (2 * 21.4 + 14.2 + Math.PI * 8.6) * 1.25, 6)
  })

  it('refuses a bend tighter than the duct, and runs too short for their bends', () => {
    expect(issuesFor(duct, { bendRadiusMm: 4 })).toEqual([
      { param: 'bendRadiusMm', message: "bend radius must be at least the pipe's radius, 4.3 mm" },
    ])
    // One bend: 4.3 + 8.6 = 12.9 mm before the straight up can start.
    expect(issuesFor(duct, { runMm: 12.8 })).toEqual([
      {
        param: 'runMm',
        message: 'run must be longer than 12.9 mm to fit the bends and a straight beside each',
      },
    ])
    // Two bends: 2 x 4.3 + 2 x 8.6 = 25.8 mm of rise before the straight up has any length.
    expect(issuesFor(duct, { bends: 2, riseMm: 25 })).toEqual([
      {
        param: 'riseMm',
        message: 'rise must be more than 25.8 mm to fit the bends and a straight beside each',
      },
    ])
  })
})

describe('foil roofing', () => {
  const p = defaults(roofing)
  const roof = { spanMm: 60, riseMm: 17, thicknessMm: 1.5, courseMm: 10 }

  it('covers each 34.5 mm slope of a 60 mm span, 17 mm rise, in four strips', () => {
    // Slope: √(30² + 17²) = √1189 = 34.48 mm; 34.48 / 10 = 3.45, so 4 strips a slope.
    expect(slopeMm(roof)).toBeCloseTo(Math.sqrt(1189), 12)
    expect(coursesPerSlope(roof)).toBe(4)
    // Each strip is its 10 mm exposure plus a quarter lapped under the next: 12.5 x 80 = 1000 mm².
    expect(roofing.parts(p)).toEqual([
      {
        stock: 'balsa-sheet',
        label: 'Roof board',
        thicknessMm: 1.5,
        lengthMm: 80,
        widthMm: expect.closeTo(Math.sqrt(1189), 12) as number,
        count: 2,
        grain: 'length',
      },
      { stock: 'kitchen-foil', label: 'Roofing strip', areaMm2: 1000, count: 8 },
    ])
  })

  it('is a slab as thick as the board, measured square to the slope', () => {
    // The board measured plumb is 1.5 / cos(pitch) = 1.5 x √1189 / 30 = 1.724 mm above the rafters' 17 mm.
    expect(roofing.size(p).y).toBeCloseTo(17 + (1.5 * Math.sqrt(1189)) / 30, 9)
  })

  it('draws the laps as steps in a simple outline, symmetric about the ridge', () => {
    const outline = roofOutline(roof)
    expect(isSimple(outline)).toBe(true)
    // Eave, 4 butts + 3 dips a slope, the ridge, the other slope, the other eave, the inside of the ridge.
    expect(outline).toHaveLength(1 + 7 + 1 + 7 + 1 + 1)
    const left = outline.slice(1, 8)
    const right = outline.slice(9, 16).reverse()
    for (const [i, q] of left.entries()) {
      expect(right[i]?.x).toBeCloseTo(-q.x, 12)
      expect(right[i]?.y).toBeCloseTo(q.y, 12)
    }
  })

  it('does not cut a last strip a hair wide: a slope of exactly two courses takes two', () => {
    // 2 x 10 mm: √(16² + 12²) = 20.
    expect(coursesPerSlope({ spanMm: 32, riseMm: 12, thicknessMm: 1, courseMm: 10 })).toBe(2)
    expect(coursesPerSlope({ spanMm: 32, riseMm: 12, thicknessMm: 1, courseMm: 9.999 })).toBe(2)
    expect(coursesPerSlope({ spanMm: 32, riseMm: 12, thicknessMm: 1, courseMm: 9.9 })).toBe(3)
  })
})
