import { describe, expect, it } from 'vitest'
import { block } from '../../../src/domain/catalog/balsa/block'
import { plankCount, plankFloor } from '../../../src/domain/catalog/balsa/plankFloor'
import { post } from '../../../src/domain/catalog/balsa/post'
import { sheet } from '../../../src/domain/catalog/balsa/sheet'
import { strip } from '../../../src/domain/catalog/balsa/strip'
import { defaults, pieceProblems, withDefaults } from './pieceExtent'
import { issuesFor } from './refusal'

describe('balsa sheet', () => {
  it('is one 1/16 in sheet, 80 x 50 mm, grain along its length', () => {
    expect(sheet.size(defaults(sheet))).toEqual({ x: 80, y: 1.6, z: 50 })
    expect(sheet.parts(defaults(sheet))).toEqual([
      {
        stock: 'balsa-sheet',
        label: 'Sheet',
        thicknessMm: 1.6,
        lengthMm: 80,
        widthMm: 50,
        count: 1,
        grain: 'length',
      },
    ])
  })
})

describe('balsa strip', () => {
  it('is one strip of its own size', () => {
    expect(strip.size(defaults(strip))).toEqual({ x: 100, y: 3, z: 6 })
    expect(strip.parts(defaults(strip))).toEqual([
      {
        stock: 'balsa-strip',
        label: 'Strip',
        thicknessMm: 3,
        widthMm: 6,
        lengthMm: 100,
        count: 1,
        grain: 'length',
      },
    ])
  })
})

describe('post', () => {
  it('is one upright dowel', () => {
    expect(post.size(defaults(post))).toEqual({ x: 4, y: 60, z: 4 })
    expect(post.parts(defaults(post))).toEqual([
      { stock: 'balsa-dowel', label: 'Post', diameterMm: 4, lengthMm: 60, count: 1 },
    ])
  })
})

describe('balsa block', () => {
  it('is cut from stock as thick as the block is high', () => {
    expect(block.size(defaults(block))).toEqual({ x: 20, y: 10, z: 15 })
    expect(block.parts(defaults(block))).toEqual([
      {
        stock: 'balsa-sheet',
        label: 'Block',
        thicknessMm: 10,
        lengthMm: 20,
        widthMm: 15,
        count: 1,
        grain: 'length',
      },
    ])
  })
})

describe('plank floor', () => {
  it('fits 12 planks of 6 mm with 0.3 mm gaps across 80 mm', () => {
    // 12 x 6 + 11 x 0.3 = 75.3 mm fits; 13 x 6 + 12 x 0.3 = 81.6 mm does not.
    expect(plankFloor.parts(defaults(plankFloor))).toEqual([
      {
        stock: 'balsa-sheet',
        label: 'Plank',
        thicknessMm: 1.5,
        lengthMm: 120,
        widthMm: 6,
        count: 12,
        grain: 'length',
      },
    ])
    expect(plankFloor.pieces(defaults(plankFloor))).toHaveLength(12)
  })

  it('counts n planks with n - 1 gaps, even when they fill the width exactly', () => {
    expect(plankCount(62.7, 6, 0.3)).toBe(10) // 10 x 6 + 9 x 0.3 = 62.7
    expect(plankCount(43.8, 6, 0.3)).toBe(7) // 7 x 6 + 6 x 0.3 = 43.8, where float division falls short of 7
    expect(plankCount(6.1, 3, 0.1)).toBe(2)
    expect(plankCount(62.6, 6, 0.3)).toBe(9)
    expect(plankCount(60, 6, 0)).toBe(10)
    expect(plankCount(4, 6, 0.3)).toBe(1) // never no floor at all
  })

  it('centres the planks across the floor, one gap apart', () => {
    const zs = plankFloor.pieces(defaults(plankFloor)).map((piece) => piece.at.z)
    // 75.3 mm of planks centred: the first plank's middle is 37.65 - 3 mm from the centre.
    expect(zs[0]).toBeCloseTo(-37.65 + 3, 9)
    expect(zs[11]).toBeCloseTo(37.65 - 3, 9)
    for (let i = 1; i < zs.length; i++) expect((zs[i] ?? 0) - (zs[i - 1] ?? 0)).toBeCloseTo(6.3, 9)
  })

  it('refuses a plank wider than the floor, which would overhang it', () => {
    const p = withDefaults(plankFloor, { widthMm: 4, plankWidthMm: 6 })
    expect(pieceProblems(plankFloor, p).length).toBeGreaterThan(0)
    expect(issuesFor(plankFloor, p)).toEqual([
      { param: 'plankWidthMm', message: 'a plank must be no wider than the floor' },
    ])
    expect(issuesFor(plankFloor, { widthMm: 6, plankWidthMm: 6 })).toEqual([])
  })
})
