import { describe, expect, it } from 'vitest'
import { crate } from '../../../src/domain/catalog/balsa/crate'
import { openCrate } from '../../../src/domain/catalog/balsa/openCrate'
import { pallet } from '../../../src/domain/catalog/balsa/pallet'
import { shelfUnit } from '../../../src/domain/catalog/balsa/shelfUnit'
import { table } from '../../../src/domain/catalog/balsa/table'
import type { Piece } from '../../../src/domain/catalog/types'
import { defaults, pieceProblems, withDefaults } from './pieceExtent'
import { issuesFor } from './refusal'

const boxVolume = (pieces: readonly Piece[]) =>
  pieces.reduce(
    (sum, piece) => (piece.shape === 'box' ? sum + piece.size.x * piece.size.y * piece.size.z : sum),
    0,
  )

describe('crate', () => {
  const p = defaults(crate)

  it('is cut as top and bottom, two sides and two ends that fit between them', () => {
    // Walls are 14 - 2 x 1 = 12 mm high; the ends fit between the sides: 16 - 2 x 1 = 14 mm.
    expect(crate.parts(p)).toEqual([
      {
        stock: 'balsa-sheet',
        label: 'Top / bottom',
        thicknessMm: 1,
        lengthMm: 24,
        widthMm: 16,
        count: 2,
        grain: 'length',
      },
      {
        stock: 'balsa-sheet',
        label: 'Side',
        thicknessMm: 1,
        lengthMm: 24,
        widthMm: 12,
        count: 2,
        grain: 'length',
      },
      {
        stock: 'balsa-sheet',
        label: 'End',
        thicknessMm: 1,
        lengthMm: 14,
        widthMm: 12,
        count: 2,
        grain: 'length',
      },
    ])
  })

  it('has six panels whose volume is the shell of the box: no overlaps, no holes', () => {
    const pieces = crate.pieces(p)
    expect(pieces).toHaveLength(6)
    expect(boxVolume(pieces)).toBeCloseTo(24 * 14 * 16 - 22 * 12 * 14, 9)
  })

  it('refuses boards thicker than half the crate, which would give walls of negative height', () => {
    const thick = withDefaults(crate, { heightMm: 4, boardMm: 3 })
    expect(pieceProblems(crate, thick).length).toBeGreaterThan(0)
    expect(issuesFor(crate, thick)).toEqual([
      { param: 'boardMm', message: 'board thickness must be less than half the height' },
    ])
    expect(issuesFor(crate, { depthMm: 4, boardMm: 2 })).toEqual([
      { param: 'boardMm', message: 'board thickness must be less than half the depth' },
    ])
    expect(issuesFor(crate, { lengthMm: 6, boardMm: 3 })).toEqual([
      { param: 'boardMm', message: 'board thickness must be less than half the length' },
    ])
  })
})

describe('open crate', () => {
  const p = defaults(openCrate)

  it('has a bottom and two slats a wall, shared between the height left above the bottom', () => {
    // (8.6 - 0.5 bottom - 1 gap x 1.2) / 2 slats = 3.45 mm a slat; the ends fit between the sides: 8.6 - 2 x 0.5.
    const [bottom, side, end] = openCrate.parts(p)
    expect(bottom).toEqual({
      stock: 'balsa-sheet',
      label: 'Bottom',
      thicknessMm: 0.5,
      lengthMm: 14.3,
      widthMm: 8.6,
      count: 1,
      grain: 'length',
    })
    expect(side).toMatchObject({ label: 'Side slat', lengthMm: 14.3, count: 4 })
    expect(end).toMatchObject({ label: 'End slat', lengthMm: 7.6, count: 4 })
    for (const slat of [side, end]) expect(slat?.stock === 'balsa-sheet' && slat.widthMm).toBeCloseTo(3.45, 9)
  })

  it('is open at the top: the top slats end at the crate height, and nothing spans above them', () => {
    const pieces = openCrate.pieces(p)
    expect(pieces).toHaveLength(1 + 4 * 2)
    const tops = pieces.map((piece) => (piece.shape === 'box' ? piece.at.y + piece.size.y / 2 : 0))
    expect(Math.max(...tops)).toBeCloseTo(8.6, 9)
    // Bottom, plus 2 slats x (2 sides of 14.3 + 2 ends of 7.6) x 3.45 high x 0.5 thick.
    expect(boxVolume(pieces)).toBeCloseTo(14.3 * 0.5 * 8.6 + 2 * (2 * 14.3 + 2 * 7.6) * 3.45 * 0.5, 9)
  })

  it('refuses slats that do not fit in the height, and boards too thick for the crate', () => {
    // 8.6 - 0.5 - 9 gaps x 1.2 = -2.7 mm for ten slats.
    expect(issuesFor(openCrate, { slats: 10 })).toEqual([
      { param: 'slatGapMm', message: 'the slats and the gaps between them must fit in the height' },
    ])
    expect(issuesFor(openCrate, { boardMm: 5 })).toEqual([
      { param: 'boardMm', message: 'board thickness must be less than half the depth' },
    ])
    expect(issuesFor(openCrate, { heightMm: 2, boardMm: 2 })).toEqual([
      { param: 'boardMm', message: 'board thickness must be less than the height' },
    ])
  })
})

describe('pallet', () => {
  const p = defaults(pallet)

  it('is a EUR pallet at 1:35: 5 top and 3 bottom boards, 3 cross boards, 9 blocks', () => {
    // 3 x 0.6 mm boards + 2.2 mm blocks = 4.0 mm high (144 mm real is 4.1).
    expect(pallet.size(p)).toEqual({ x: 34.3, y: 3 * 0.6 + 2.2, z: 22.9 })
    expect(pallet.parts(p)).toEqual([
      {
        stock: 'balsa-strip',
        label: 'Deck board (top and bottom)',
        thicknessMm: 0.6,
        widthMm: 4.1,
        lengthMm: 34.3,
        count: 8,
        grain: 'length',
      },
      {
        stock: 'balsa-strip',
        label: 'Cross board',
        thicknessMm: 0.6,
        widthMm: 4.1,
        lengthMm: 22.9,
        count: 3,
        grain: 'length',
      },
      {
        stock: 'balsa-strip',
        label: 'Block',
        thicknessMm: 2.2,
        widthMm: 4.1,
        lengthMm: 4.1,
        count: 9,
        grain: 'length',
      },
    ])
    expect(pallet.pieces(p)).toHaveLength(5 + 3 + 9 + 3)
  })

  it('spreads the top boards edge to edge: the outer ones flush with the sides', () => {
    const top = pallet.pieces(p).filter((piece) => piece.at.y > 3.5)
    const zs = top.map((piece) => piece.at.z)
    // (22.9 - 4.1) / 4 = 4.7 mm between the middles of 5 boards.
    expect(zs[0]).toBeCloseTo(-22.9 / 2 + 4.1 / 2, 9)
    expect(zs[4]).toBeCloseTo(22.9 / 2 - 4.1 / 2, 9)
    expect((zs[1] ?? 0) - (zs[0] ?? 0)).toBeCloseTo(4.7, 9)
  })

  it('refuses more top boards than fit across, and boards too wide for three', () => {
    // 6 x 4.1 = 24.6 mm > 22.9 mm; 22.9 / 4.1 = 5.6, so 5 fit.
    expect(issuesFor(pallet, { topBoards: 6 })).toEqual([
      { param: 'topBoards', message: 'at most 5 top boards of this width fit across the pallet' },
    ])
    expect(issuesFor(pallet, { boardWidthMm: 8 })).toEqual([
      { param: 'boardWidthMm', message: 'three boards must fit across the width' },
    ])
    expect(issuesFor(pallet, { lengthMm: 12, boardWidthMm: 4.1 })).toEqual([
      { param: 'boardWidthMm', message: 'three boards must fit along the length' },
    ])
  })
})

describe('shelf unit', () => {
  const p = defaults(shelfUnit)

  it('is two full-height sides and five shelves fitted between them', () => {
    // Shelves are 26 - 2 x 0.8 = 24.4 mm long.
    expect(shelfUnit.parts(p)).toEqual([
      {
        stock: 'balsa-sheet',
        label: 'Side',
        thicknessMm: 0.8,
        lengthMm: 51,
        widthMm: 11,
        count: 2,
        grain: 'length',
      },
      {
        stock: 'balsa-sheet',
        label: 'Shelf',
        thicknessMm: 0.8,
        lengthMm: 24.4,
        widthMm: 11,
        count: 5,
        grain: 'length',
      },
    ])
  })

  it('spaces the shelves evenly from the floor to the top', () => {
    const ys = shelfUnit
      .pieces(p)
      .slice(2)
      .map((piece) => piece.at.y)
    // From 0.4 to 51 - 0.4 in four equal steps of (51 - 0.8) / 4 = 12.55 mm.
    expect(ys.map((y) => Math.round(y * 1e6) / 1e6)).toEqual([0.4, 12.95, 25.5, 38.05, 50.6])
  })

  it('refuses shelves that do not fit in the height, and sides thicker than half the width', () => {
    // 12 shelves x 5 mm = 60 mm > 51 mm.
    expect(issuesFor(shelfUnit, { shelves: 12, boardMm: 5 })).toEqual([
      { param: 'shelves', message: '12 shelves of 5 mm do not fit in the height' },
    ])
    expect(issuesFor(shelfUnit, { widthMm: 8, boardMm: 4 })).toEqual([
      { param: 'boardMm', message: 'board thickness must be less than half the width' },
    ])
  })
})

describe('table', () => {
  const p = defaults(table)

  it('is a top, four legs under it, and aprons between the legs', () => {
    // Legs 21.4 - 1 = 20.4 mm; aprons 43 - 2 x 1.7 = 39.6 and 23 - 2 x 1.7 = 19.6 mm, a third of a leg thick.
    const parts = table.parts(p)
    expect(parts.slice(0, 2)).toEqual([
      {
        stock: 'balsa-sheet',
        label: 'Top',
        thicknessMm: 1,
        lengthMm: 43,
        widthMm: 23,
        count: 1,
        grain: 'length',
      },
      {
        stock: 'balsa-strip',
        label: 'Leg',
        thicknessMm: 1.7,
        widthMm: 1.7,
        lengthMm: 20.4,
        count: 4,
        grain: 'length',
      },
    ])
    expect(parts[2]).toMatchObject({ label: 'Long apron', widthMm: 2.3, lengthMm: 39.6, count: 2 })
    expect(parts[3]).toMatchObject({ label: 'Short apron', widthMm: 2.3, lengthMm: 19.6, count: 2 })
    for (const apron of parts.slice(2))
      expect(apron.stock === 'balsa-strip' && apron.thicknessMm).toBeCloseTo(1.7 / 3, 9)
  })

  it('stands 0.75 m high at 1:35, the aprons tucked under the top', () => {
    expect(table.size(p)).toEqual({ x: 43, y: 21.4, z: 23 })
    const aprons = table.pieces(p).slice(5)
    for (const apron of aprons) expect(apron.at.y).toBeCloseTo(20.4 - 2.3 / 2, 9)
  })

  it('refuses legs too thick for the top, and aprons deeper than the legs are long', () => {
    expect(issuesFor(table, { legMm: 12 })).toEqual([
      { param: 'legMm', message: 'leg size must be less than half the width' },
    ])
    expect(issuesFor(table, { lengthMm: 30, widthMm: 100, legMm: 20 })).toEqual([
      { param: 'legMm', message: 'leg size must be less than half the length' },
    ])
    expect(issuesFor(table, { apronMm: 20.4 })).toEqual([
      { param: 'apronMm', message: 'the apron and the top must be lower than the table' },
    ])
  })
})
