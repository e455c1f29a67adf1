import { describe, expect, it } from 'vitest'
import { rod } from '../../../src/domain/catalog/plastic/rod'
import { styreneSheet } from '../../../src/domain/catalog/plastic/styreneSheet'
import { tube } from '../../../src/domain/catalog/plastic/tube'
import { defaults } from './pieceExtent'
import { issuesFor } from './refusal'

describe('styrene rod', () => {
  it('is one length of 1.5 mm rod lying along x', () => {
    const p = defaults(rod)
    expect(rod.size(p)).toEqual({ x: 80, y: 1.5, z: 1.5 })
    expect(rod.parts(p)).toEqual([
      { stock: 'styrene-rod', label: 'Rod', diameterMm: 1.5, lengthMm: 80, count: 1 },
    ])
  })
})

describe('styrene tube', () => {
  const p = defaults(tube)

  it('is one length of 4 mm tube whose 3 mm bore shows at the ends', () => {
    expect(tube.parts(p)).toEqual([
      { stock: 'styrene-tube', label: 'Tube', diameterMm: 4, lengthMm: 60, count: 1 },
    ])
    // Bore: 4 / 2 - 0.5 = 1.5 mm radius.
    expect(tube.pieces(p)).toEqual([
      { shape: 'tube', at: { x: 0, y: 2, z: 0 }, radiusMm: 2, innerRadiusMm: 1.5, lengthMm: 60, axis: 'x' },
    ])
  })

  it('refuses a wall as thick as the radius, which would leave no bore', () => {
    expect(issuesFor(tube, { wallMm: 2 })).toEqual([
      { param: 'wallMm', message: 'the wall must be thinner than half the diameter' },
    ])
  })
})

describe('styrene sheet', () => {
  it('is one 20 thou sheet, no grain', () => {
    const p = defaults(styreneSheet)
    expect(styreneSheet.parts(p)).toEqual([
      {
        stock: 'styrene-sheet',
        label: 'Sheet',
        thicknessMm: 0.5,
        lengthMm: 60,
        widthMm: 40,
        count: 1,
        grain: 'none',
      },
    ])
  })
})
