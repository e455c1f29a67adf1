import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { crate } from '../../../src/domain/catalog/balsa/crate'
import { plankCount, plankFloor } from '../../../src/domain/catalog/balsa/plankFloor'
import { post } from '../../../src/domain/catalog/balsa/post'
import { strip } from '../../../src/domain/catalog/balsa/strip'
import { crumpledRock, ellipsoidAreaMm2 } from '../../../src/domain/catalog/foil/crumpledRock'
import { defaultParams, FAMILIES, familyOf, MATERIAL_LABELS } from '../../../src/domain/catalog/index'
import { corrugatedSheet, waveStretch } from '../../../src/domain/catalog/rust/corrugatedSheet'
import { iBeam } from '../../../src/domain/catalog/rust/iBeam'
import { oilDrum } from '../../../src/domain/catalog/rust/oilDrum'
import { pipe } from '../../../src/domain/catalog/rust/pipe'
import type { Piece, PropFamily } from '../../../src/domain/catalog/types'
import type { Vec3 } from '../../../src/domain/units/vec'

type Params = Record<string, number>
const defaults = (family: PropFamily): Params => defaultParams(family)
const withDefaults = (family: PropFamily, params: Params): Params => ({ ...defaults(family), ...params })

interface Extent {
  readonly min: Vec3
  readonly max: Vec3
}

/** A piece's box in the prop's frame, worked out from its shape independently of the family code. */
function extentOf(piece: Piece): Extent {
  const around = (half: Vec3): Extent => ({
    min: { x: piece.at.x - half.x, y: piece.at.y - half.y, z: piece.at.z - half.z },
    max: { x: piece.at.x + half.x, y: piece.at.y + half.y, z: piece.at.z + half.z },
  })
  switch (piece.shape) {
    case 'box':
      return around({ x: piece.size.x / 2, y: piece.size.y / 2, z: piece.size.z / 2 })
    case 'cylinder': {
      const r = piece.radiusMm
      const l = piece.lengthMm / 2
      return around({
        x: piece.axis === 'x' ? l : r,
        y: piece.axis === 'y' ? l : r,
        z: piece.axis === 'z' ? l : r,
      })
    }
    case 'corrugated':
      return around({ x: piece.lengthMm / 2, y: piece.depthMm / 2, z: piece.widthMm / 2 })
    case 'rock':
      // A rock is half an ellipsoid standing on its flat side: `at` is the centre of that side.
      return {
        min: { x: piece.at.x - piece.size.x / 2, y: piece.at.y, z: piece.at.z - piece.size.z / 2 },
        max: {
          x: piece.at.x + piece.size.x / 2,
          y: piece.at.y + piece.size.y,
          z: piece.at.z + piece.size.z / 2,
        },
      }
  }
}

/** Every piece dimension must be a real, positive size. */
function pieceDims(piece: Piece): number[] {
  switch (piece.shape) {
    case 'box':
      return [piece.size.x, piece.size.y, piece.size.z]
    case 'cylinder':
      return [piece.radiusMm, piece.lengthMm]
    case 'corrugated':
      return [piece.lengthMm, piece.widthMm, piece.pitchMm, piece.depthMm]
    case 'rock':
      return [piece.size.x, piece.size.y, piece.size.z, piece.crumple + 1]
  }
}

const TOLERANCE_MM = 1e-9

/**
 * By design the drum's rolling hoops stand proud of the body, and the family's size is the body's
 * (16.3 x 24.3 mm for a 205 L drum at 1:35), so the hoops may reach out by half a hoop on x and z.
 */
const proudMm = (family: PropFamily, p: Params): number =>
  family.kind === oilDrum.kind ? Math.max(0.2, (p.diameterMm ?? 0) * 0.02) / 2 : 0

/** The problems with a family's pieces for `p`: origin at the centre of the underside, all inside `size`. */
function pieceProblems(family: PropFamily, p: Params): string[] {
  const size = family.size(p)
  const side = TOLERANCE_MM + proudMm(family, p)
  const problems: string[] = []
  family.pieces(p).forEach((piece, i) => {
    const { min, max } = extentOf(piece)
    const fail = (what: string) => problems.push(`${family.kind} piece ${i} (${piece.shape}): ${what}`)
    if (pieceDims(piece).some((d) => !(d > 0))) fail(`non-positive size ${JSON.stringify(pieceDims(piece))}`)
    if (min.x < -size.x / 2 - side || max.x > size.x / 2 + side)
      fail(`x ${min.x}..${max.x} outside ±${size.x / 2}`)
    if (min.y < -TOLERANCE_MM || max.y > size.y + TOLERANCE_MM)
      fail(`y ${min.y}..${max.y} outside 0..${size.y}`)
    if (min.z < -size.z / 2 - side || max.z > size.z / 2 + side)
      fail(`z ${min.z}..${max.z} outside ±${size.z / 2}`)
  })
  return problems
}

/** The pieces reach every face of the bounding size: it is tight, not just large enough. */
function piecesSpan(family: PropFamily, p: Params): Extent {
  const boxes = family.pieces(p).map(extentOf)
  const pick = (f: (e: Extent) => number, agg: (...n: number[]) => number) => agg(...boxes.map(f))
  return {
    min: {
      x: pick((e) => e.min.x, Math.min),
      y: pick((e) => e.min.y, Math.min),
      z: pick((e) => e.min.z, Math.min),
    },
    max: {
      x: pick((e) => e.max.x, Math.max),
      y: pick((e) => e.max.y, Math.max),
      z: pick((e) => e.max.z, Math.max),
    },
  }
}

/**
 * Parameter combinations the families need but nothing enforces yet (each value is checked only against
 * its own range): outside them a piece gets a negative size or leaves the bounding size.
 */
const CONSISTENT: Record<string, (p: Params) => boolean> = {
  [plankFloor.kind]: (p) => (p.plankWidthMm ?? 0) <= (p.widthMm ?? 0),
  [crate.kind]: (p) => {
    const t2 = 2 * (p.boardMm ?? 0)
    return t2 < (p.heightMm ?? 0) && t2 < (p.depthMm ?? 0) && t2 <= (p.lengthMm ?? 0)
  },
  // The hoops are 2% of the diameter high and centred at a third and two thirds of the height.
  [oilDrum.kind]: (p) => (p.heightMm ?? 0) / 3 > Math.max(0.2, 0.02 * (p.diameterMm ?? 0)) + 1e-6,
  [iBeam.kind]: (p) => 2 * (p.steelMm ?? 0) < (p.heightMm ?? 0) && (p.steelMm ?? 0) <= (p.flangeMm ?? 0),
}

const paramsArb = (family: PropFamily): fc.Arbitrary<Params> =>
  fc.record(
    Object.fromEntries(
      Object.entries(family.params).map(([name, spec]) => [
        name,
        spec.integer
          ? fc.integer({ min: spec.min, max: spec.max })
          : fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true }),
      ]),
    ),
  )

describe('the catalog', () => {
  it('lists nine families with unique kinds, found by kind', () => {
    const kinds = FAMILIES.map((f) => f.kind)
    expect(kinds).toHaveLength(9)
    expect(new Set(kinds).size).toBe(kinds.length)
    for (const f of FAMILIES) expect(familyOf(f.kind)).toBe(f)
    expect(familyOf('balsa.chair')).toBeUndefined()
    expect(familyOf('constructor')).toBeUndefined()
  })

  it('names each kind "<material>.<name>" after its material, with a label', () => {
    for (const f of FAMILIES) {
      expect(f.kind).toMatch(/^[a-z]+\.[a-z]+(-[a-z]+)*$/)
      expect(f.kind.split('.')[0]).toBe(f.material)
      expect(f.label.length).toBeGreaterThan(0)
      expect(MATERIAL_LABELS[f.material]).toBeTruthy()
    }
  })

  it.each(FAMILIES.map((f) => [f.kind, f] as const))(
    '%s: defaults lie within the ranges',
    (_kind, family) => {
      const entries = Object.entries(family.params)
      expect(entries.length).toBeGreaterThan(0)
      for (const [name, spec] of entries) {
        expect(spec.min, name).toBeLessThan(spec.max)
        expect(spec.default, name).toBeGreaterThanOrEqual(spec.min)
        expect(spec.default, name).toBeLessThanOrEqual(spec.max)
        if (spec.integer) expect(Number.isInteger(spec.default), name).toBe(true)
        // Units in names: every length parameter ends in Mm.
        expect(spec.unit === 'mm', name).toBe(name.endsWith('Mm'))
      }
    },
  )

  it('gives every default as a parameter value', () => {
    expect(defaultParams(plankFloor)).toEqual({
      lengthMm: 120,
      widthMm: 80,
      plankWidthMm: 6,
      thicknessMm: 1.5,
      gapMm: 0.3,
    })
  })

  it.each(FAMILIES.map((f) => [f.kind, f] as const))(
    '%s: default pieces sit on the origin and fill the bounding size',
    (_kind, family) => {
      const p = defaults(family)
      expect(pieceProblems(family, p)).toEqual([])
      const size = family.size(p)
      const span = piecesSpan(family, p)
      const proud = proudMm(family, p)
      expect(span.min.y).toBeCloseTo(0, 9)
      expect(span.max.y).toBeCloseTo(size.y, 9)
      expect(span.max.x).toBeCloseTo(size.x / 2 + proud, 9)
      expect(span.min.x).toBeCloseTo(-size.x / 2 - proud, 9)
      // Planks need not fill the floor's width exactly, so z is only bounded (checked above).
    },
  )

  it.each(FAMILIES.map((f) => [f.kind, f] as const))(
    '%s: pieces stay inside the bounding size for any consistent parameters',
    (kind, family) => {
      const consistent = CONSISTENT[kind] ?? (() => true)
      fc.assert(
        fc.property(paramsArb(family), (p) => {
          fc.pre(consistent(p))
          expect(pieceProblems(family, p)).toEqual([])
          for (const part of family.parts(p)) expect(part.count).toBeGreaterThanOrEqual(1)
        }),
        { numRuns: 200 },
      )
    },
  )
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
    expect(zs[0]).toBeCloseTo(-37.65 + 3, 9)
    expect(zs[11]).toBeCloseTo(37.65 - 3, 9)
    for (let i = 1; i < zs.length; i++) expect((zs[i] ?? 0) - (zs[i - 1] ?? 0)).toBeCloseTo(6.3, 9)
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

describe('crate', () => {
  const p = defaults(crate)

  it('is cut as top and bottom, two sides and two ends that fit between them', () => {
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
    const volume = pieces.reduce(
      (sum, piece) => (piece.shape === 'box' ? sum + piece.size.x * piece.size.y * piece.size.z : sum),
      0,
    )
    expect(volume).toBeCloseTo(24 * 14 * 16 - 22 * 12 * 14, 9)
  })
})

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
    expect(part?.stock === 'kitchen-foil' && part.areaMm2).toBeCloseTo(4303.97, 1)
    const flat = crumpledRock.parts(withDefaults(crumpledRock, { crumple: 0 }))[0]
    const full = crumpledRock.parts(withDefaults(crumpledRock, { crumple: 1 }))[0]
    const area = (x: typeof flat) => (x?.stock === 'kitchen-foil' ? x.areaMm2 : Number.NaN)
    expect(area(full) / area(flat)).toBeCloseTo(3, 9)
  })
})

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
    expect(hoops?.stock === 'styrene-rod' && hoops.diameterMm).toBeCloseTo(0.652, 9)
    expect(hoops?.stock === 'styrene-rod' && hoops.lengthMm).toBeCloseTo(51.208, 3) // once round the 16.3 mm drum
  })

  it('puts the hoops at a third and two thirds of the height', () => {
    const ys = oilDrum.pieces(p).map((piece) => piece.at.y)
    expect(ys).toEqual([24.3 / 2, 24.3 / 3, (2 * 24.3) / 3])
  })
})

describe('corrugated sheet', () => {
  it('stretches a flat wave hardly at all', () => {
    expect(waveStretch(20, 0.1)).toBeCloseTo(1.0000617, 6)
    expect(waveStretch(5, 0)).toBeCloseTo(1, 12)
  })

  it('stretches the default 1.8 mm pitch, 0.4 mm deep wave by 11.25 %', () => {
    // The arc length of 0.2 sin(2πx / 1.8) over one pitch, by a 200,000-step Simpson rule: 1.11250969.
    expect(waveStretch(1.8, 0.4)).toBeCloseTo(1.11250969, 6)
  })

  it('needs pressed foil of the sheet area times the stretch', () => {
    expect(corrugatedSheet.size(defaults(corrugatedSheet))).toEqual({ x: 60, y: 0.4, z: 40 })
    const [part] = corrugatedSheet.parts(defaults(corrugatedSheet))
    expect(part).toMatchObject({ stock: 'kitchen-foil', label: 'Pressed foil sheet', count: 1 })
    expect(part?.stock === 'kitchen-foil' && part.areaMm2).toBeCloseTo(60 * 40 * 1.11250969, 3)
  })
})

describe('I-beam', () => {
  it('is two flanges and a web, bought as one profile', () => {
    const p = defaults(iBeam)
    expect(iBeam.size(p)).toEqual({ x: 100, y: 8, z: 4.5 })
    expect(iBeam.pieces(p).map((piece) => (piece.shape === 'box' ? piece.size : null))).toEqual([
      { x: 100, y: 0.6, z: 4.5 },
      { x: 100, y: 0.6, z: 4.5 },
      { x: 100, y: 8 - 1.2, z: 0.6 },
    ])
    expect(iBeam.parts(p)).toEqual([
      { stock: 'styrene-profile', label: 'I-beam profile', diameterMm: 8, lengthMm: 100, count: 1 },
    ])
  })
})

describe('pipe', () => {
  it('lies along x on the surface below it', () => {
    const p = defaults(pipe)
    expect(pipe.size(p)).toEqual({ x: 80, y: 4, z: 4 })
    expect(pipe.pieces(p)).toEqual([
      { shape: 'cylinder', at: { x: 0, y: 2, z: 0 }, radiusMm: 2, lengthMm: 80, axis: 'x' },
    ])
    expect(pipe.parts(p)).toEqual([
      { stock: 'metal-tube', label: 'Pipe', diameterMm: 4, lengthMm: 80, count: 1 },
    ])
  })
})

describe('parameter combinations that nothing enforces yet', () => {
  // Documented so a later cross-parameter check has a failing case to start from.
  it('a crate whose boards are thicker than half its height gets walls of negative height', () => {
    const p = withDefaults(crate, { heightMm: 4, boardMm: 3 })
    expect(pieceProblems(crate, p).length).toBeGreaterThan(0)
  })

  it('a plank wider than the floor overhangs it', () => {
    expect(
      pieceProblems(plankFloor, withDefaults(plankFloor, { widthMm: 4, plankWidthMm: 6 })).length,
    ).toBeGreaterThan(0)
  })

  it('a drum much wider than it is tall has its hoops below the base', () => {
    expect(pieceProblems(oilDrum, { diameterMm: 200, heightMm: 6 }).length).toBeGreaterThan(0)
  })

  it('an I-beam of steel thicker than its flange is wider than its size', () => {
    expect(pieceProblems(iBeam, withDefaults(iBeam, { flangeMm: 1, steelMm: 2 })).length).toBeGreaterThan(0)
  })
})
