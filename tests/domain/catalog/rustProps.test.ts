import { describe, expect, it } from 'vitest'
import { meshGrate } from '../../../src/domain/catalog/rust/meshGrate'
import { oilDrum } from '../../../src/domain/catalog/rust/oilDrum'
import { rivetedPlate } from '../../../src/domain/catalog/rust/rivetedPlate'
import { sign } from '../../../src/domain/catalog/rust/sign'
import { waterTank } from '../../../src/domain/catalog/rust/waterTank'
import { defaults, pieceProblems, withDefaults } from './pieceExtent'
import { issuesFor } from './refusal'

describe('oil drum', () => {
  const p = defaults(oilDrum)

  it('defaults to a 205 L drum at 1:35: 16.3 x 24.3 mm', () => {
    expect(p).toEqual({ diameterMm: 16.3, heightMm: 24.3 })
    expect(oilDrum.size(p)).toEqual({ x: 16.3, y: 24.3, z: 16.3 })
  })

  it('is a body tube plus two rolling hoops of rod around it', () => {
    const [body, hoops] = oilDrum.parts(p)
    expect(body).toEqual({
      stock: 'styrene-tube',
      label: 'Drum body',
      diameterMm: 16.3,
      lengthMm: 24.3,
      count: 1,
    })
    expect(hoops).toMatchObject({ stock: 'styrene-rod', label: 'Rolling hoop', count: 2 })
    // Hoops stand 2% of 16.3 = 0.326 mm proud, of rod twice that: 0.652 mm.
    expect(hoops?.stock === 'styrene-rod' && hoops.diameterMm).toBeCloseTo(0.652, 9)
    expect(hoops?.stock === 'styrene-rod' && hoops.lengthMm).toBeCloseTo(51.208, 3) // once round the 16.3 mm drum
  })

  it('puts the hoops at a third and two thirds of the height', () => {
    const ys = oilDrum.pieces(p).map((piece) => piece.at.y)
    expect(ys).toEqual([24.3 / 2, 24.3 / 3, (2 * 24.3) / 3])
  })

  it('refuses a drum so squat that its hoops would poke below its base', () => {
    // A 200 mm drum has 4 mm hoops: the lower one, centred at a third of the height, needs 12 mm.
    expect(pieceProblems(oilDrum, { diameterMm: 200, heightMm: 6 }).length).toBeGreaterThan(0)
    expect(issuesFor(oilDrum, { diameterMm: 200, heightMm: 6 })).toEqual([
      { param: 'heightMm', message: 'height must be more than 12 mm for the rolling hoops to fit' },
    ])
  })
})

describe('water tank', () => {
  const p = defaults(waterTank)

  it('is a 1000 L tank on four legs: body tube, two end discs, a manhole and the legs', () => {
    // 20 mm legs + 31 mm tank + 0.6 mm manhole = 51.6 mm high.
    expect(waterTank.size(p)).toEqual({ x: 31, y: 51.6, z: 31 })
    expect(waterTank.parts(p)).toEqual([
      { stock: 'styrene-tube', label: 'Tank body', diameterMm: 31, lengthMm: 31, count: 1 },
      {
        stock: 'styrene-sheet',
        label: 'Lid and bottom disc',
        thicknessMm: 0.5,
        lengthMm: 31,
        widthMm: 31,
        count: 2,
        grain: 'none',
      },
      {
        stock: 'styrene-sheet',
        label: 'Manhole disc',
        thicknessMm: 0.6,
        lengthMm: 31 / 3,
        widthMm: 31 / 3,
        count: 1,
        grain: 'none',
      },
      { stock: 'styrene-rod', label: 'Leg', diameterMm: 1.5, lengthMm: 20, count: 4 },
    ])
  })

  it('stands its legs under the rim: 0.35 x 31 = 10.85 mm out on each axis', () => {
    const legs = waterTank.pieces(p).slice(0, 4)
    expect(legs.map((leg) => [leg.at.x, leg.at.z])).toEqual([
      [-10.85, -10.85],
      [10.85, -10.85],
      [-10.85, 10.85],
      [10.85, 10.85],
    ])
  })

  it('refuses legs too thick to stand under the tank', () => {
    // 10.85 + 10 / 2 = 15.85 mm > 15.5 mm, the tank's radius.
    expect(issuesFor(waterTank, { legMm: 10 })).toEqual([
      { param: 'legMm', message: 'leg diameter must be at most 0.3 x the tank diameter, to stand under it' },
    ])
    expect(issuesFor(waterTank, { legMm: 9.3 })).toEqual([])
  })
})

describe('mesh grate', () => {
  const p = defaults(meshGrate)

  it('has 22 bearing bars and 34 cross bars, spread edge to edge nearest the 1.2 mm pitch', () => {
    // Across 25 mm: (25 - 0.3) / 1.2 = 20.6, so 21 spaces and 22 bars, 24.7 / 21 = 1.18 mm apart.
    // Along 40 mm: (40 - 0.3) / 1.2 = 33.1, so 33 spaces and 34 bars, 39.7 / 33 = 1.20 mm apart.
    expect(meshGrate.parts(p)).toEqual([
      {
        stock: 'styrene-sheet',
        label: 'Bearing bar',
        thicknessMm: 0.3,
        lengthMm: 40,
        widthMm: 0.8,
        count: 22,
        grain: 'none',
      },
      {
        stock: 'styrene-sheet',
        label: 'Cross bar',
        thicknessMm: 0.3,
        lengthMm: 25,
        widthMm: 0.4,
        count: 34,
        grain: 'none',
      },
    ])
    const zs = meshGrate
      .pieces(p)
      .slice(0, 22)
      .map((bar) => bar.at.z)
    expect((zs[1] ?? 0) - (zs[0] ?? 0)).toBeCloseTo(24.7 / 21, 9)
    expect(zs[0]).toBeCloseTo(-12.5 + 0.15, 9)
  })

  it('sets the cross bars, half as deep, flush with the tops of the bearing bars', () => {
    const cross = meshGrate.pieces(p)[22]
    expect(cross?.shape === 'box' && cross.at.y + cross.size.y / 2).toBeCloseTo(0.8, 9)
  })

  it('refuses bars as thick as the mesh, and more than 200 bars one way', () => {
    expect(issuesFor(meshGrate, { barMm: 1.5 })).toEqual([
      { param: 'barMm', message: 'bars would touch: they must be thinner than the mesh pitch' },
    ])
    // (300 - 0.1) / 0.5 = 599.8, so 600 spaces and 601 bars.
    expect(issuesFor(meshGrate, { lengthMm: 300, barMm: 0.1, pitchMm: 0.5 })).toEqual([
      { param: 'pitchMm', message: '601 bars one way are too many: at most 200, so widen the pitch' },
    ])
  })
})

describe('riveted plate', () => {
  const p = defaults(rivetedPlate)

  it('has 90 rivets round the edge of a 60 x 40 mm plate', () => {
    // Rows 1.5 mm in: 57 mm long rows take round(57 / 2.1) + 1 = 28 rivets, 37 mm rows round(37 / 2.1) + 1 = 19;
    // the short rows share their corner rivets: 2 x 28 + 2 x (19 - 2) = 90.
    expect(rivetedPlate.parts(p)).toEqual([
      {
        stock: 'styrene-sheet',
        label: 'Plate',
        thicknessMm: 0.5,
        lengthMm: 60,
        widthMm: 40,
        count: 1,
        grain: 'none',
      },
      {
        stock: 'styrene-rod',
        label: 'Rivet head (sliced from rod)',
        diameterMm: 0.6,
        lengthMm: expect.closeTo(0.2, 12) as number,
        count: 90,
      },
    ])
    expect(rivetedPlate.pieces(p)).toHaveLength(91)
  })

  it('puts a rivet on each corner, 1.5 mm in from both edges, none twice', () => {
    const rivets = rivetedPlate.pieces(p).slice(1)
    const keys = rivets.map((r) => `${r.at.x.toFixed(6)},${r.at.z.toFixed(6)}`)
    expect(new Set(keys).size).toBe(90)
    for (const corner of ['-28.500000,-18.500000', '28.500000,18.500000']) expect(keys).toContain(corner)
  })

  it('refuses rivets off the edge, touching, or too many', () => {
    expect(issuesFor(rivetedPlate, { insetMm: 0.2 })).toEqual([
      { param: 'insetMm', message: 'inset must be at least half the rivet diameter' },
    ])
    expect(issuesFor(rivetedPlate, { insetMm: 20 })).toEqual([
      { param: 'insetMm', message: 'inset must be less than half the width of the plate' },
    ])
    // 57 / 0.5 = 114 spaces of 0.5 mm: 0.6 mm heads would overlap.
    expect(issuesFor(rivetedPlate, { pitchMm: 0.5 })).toEqual([
      { param: 'pitchMm', message: 'rivets would touch: the pitch must be more than their diameter' },
    ])
    // round(57 / 0.8) + 1 = 72 and round(37 / 0.8) + 1 = 47: 2 x 72 + 2 x 45 = 234.
    expect(issuesFor(rivetedPlate, { pitchMm: 0.8 })).toEqual([
      { param: 'pitchMm', message: '234 rivets are too many: at most 200' },
    ])
  })
})

describe('sign on a post', () => {
  const p = defaults(sign)

  it('is a rusty plate on a balsa post: a sheet of styrene and a strip of balsa', () => {
    expect(sign.parts(p)).toEqual([
      {
        stock: 'styrene-sheet',
        label: 'Sign plate',
        thicknessMm: 0.25,
        lengthMm: 17,
        widthMm: 11.4,
        count: 1,
        grain: 'none',
      },
      {
        stock: 'balsa-strip',
        label: 'Post',
        thicknessMm: 1.7,
        widthMm: 1.7,
        lengthMm: 63,
        count: 1,
        grain: 'length',
      },
    ])
    const [post, plate] = sign.pieces(p)
    expect(post).toMatchObject({ material: 'balsa', grain: 'y' })
    expect(plate?.material).toBeUndefined()
    // The plate's top is flush with the post's: 63 - 11.4 / 2.
    expect(plate?.at.y).toBeCloseTo(63 - 5.7, 9)
  })

  it('refuses a plate as tall as the post, or a post wider than the plate', () => {
    expect(issuesFor(sign, { plateHeightMm: 63 })).toEqual([
      { param: 'plateHeightMm', message: 'the plate must be shorter than the post' },
    ])
    expect(issuesFor(sign, withDefaults(sign, { postMm: 18 }))).toEqual([
      { param: 'postMm', message: 'the post must be no wider than the plate' },
    ])
  })
})
