import { describe, expect, it } from 'vitest'
import { angleIron } from '../../../src/domain/catalog/rust/angleIron'
import { corrugatedSheet, waveStretch } from '../../../src/domain/catalog/rust/corrugatedSheet'
import { iBeam } from '../../../src/domain/catalog/rust/iBeam'
import { pipe } from '../../../src/domain/catalog/rust/pipe'
import { FLANGE_DIAMETER, FLANGE_THICKNESS, pipeRun } from '../../../src/domain/catalog/rust/pipeRun'
import { defaults, pieceProblems, withDefaults } from './pieceExtent'
import { issuesFor } from './refusal'

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

  it('refuses steel thicker than half the height or than the flange', () => {
    expect(issuesFor(iBeam, { steelMm: 4 })).toEqual([
      { param: 'steelMm', message: 'steel thickness must be less than half the height' },
    ])
    const wide = withDefaults(iBeam, { flangeMm: 1, steelMm: 2 })
    expect(pieceProblems(iBeam, wide).length).toBeGreaterThan(0)
    expect(issuesFor(iBeam, wide)).toEqual([
      { param: 'steelMm', message: 'steel thickness must be less than the flange width' },
    ])
  })
})

describe('angle iron', () => {
  const p = defaults(angleIron)

  it('is a flat leg and an upright leg standing on its back edge, bought as one profile', () => {
    const round = (n: number) => Math.round(n * 1e9) / 1e9
    const boxes = angleIron
      .pieces(p)
      .map((piece) =>
        piece.shape === 'box'
          ? [piece.at, piece.size].map((v) => [round(v.x), round(v.y), round(v.z)])
          : null,
      )
    expect(boxes).toEqual([
      [
        [0, 0.2, 0],
        [80, 0.4, 2],
      ],
      // The upright stands on the flat leg: 2 - 0.4 = 1.6 mm, its middle 0.4 + 0.8 up, flush with the back.
      [
        [0, 1.2, -0.8],
        [80, 1.6, 0.4],
      ],
    ])
    expect(angleIron.parts(p)).toEqual([
      { stock: 'styrene-profile', label: 'Angle profile', diameterMm: 2, lengthMm: 80, count: 1 },
    ])
  })

  it('refuses steel as thick as either leg', () => {
    expect(issuesFor(angleIron, { steelMm: 2 })).toEqual([
      { param: 'steelMm', message: 'steel thickness must be less than the upright leg' },
    ])
    expect(issuesFor(angleIron, { upMm: 5, flatMm: 1, steelMm: 1 })).toEqual([
      { param: 'steelMm', message: 'steel thickness must be less than the flat leg' },
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

describe('pipe with elbows', () => {
  const p = defaults(pipeRun)

  it('is two straights, a bent elbow and two pairs of flanges', () => {
    // Flanges 1.9 x 3.3 = 6.27 mm across (radius 3.135), 0.2 x 3.3 = 0.66 mm thick.
    // Along: 60 - 3.135 - 4.9 = 51.965; up: 40 - 3.135 - 4.9 = 31.965; elbow: π x 4.9 / 2 = 7.697 mm of tube.
    expect(FLANGE_DIAMETER * 3.3).toBeCloseTo(6.27, 12)
    expect(pipeRun.size(p)).toEqual({ x: 60, y: 40, z: FLANGE_DIAMETER * 3.3 })
    expect(pipeRun.parts(p)).toEqual([
      {
        stock: 'metal-tube',
        label: 'Straight',
        diameterMm: 3.3,
        lengthMm: expect.closeTo(51.965, 9) as number,
        count: 1,
      },
      {
        stock: 'metal-tube',
        label: 'Straight',
        diameterMm: 3.3,
        lengthMm: expect.closeTo(31.965, 9) as number,
        count: 1,
      },
      {
        stock: 'metal-tube',
        label: 'Elbow (bent round a former)',
        diameterMm: 3.3,
        lengthMm: expect.closeTo(7.6969, 4) as number,
        count: 1,
      },
      {
        stock: 'styrene-sheet',
        label: 'Flange disc',
        thicknessMm: expect.closeTo(FLANGE_THICKNESS * 3.3, 12) as number,
        lengthMm: expect.closeTo(6.27, 12) as number,
        widthMm: expect.closeTo(6.27, 12) as number,
        count: 4,
        grain: 'none',
      },
    ])
  })

  it('with two bends has two equal side runs, two elbows and eight flange discs', () => {
    // Sides: 30 - 4.9 = 25.1 each; up: 40 - 6.27 - 9.8 = 23.93.
    const parts = pipeRun.parts(withDefaults(pipeRun, { bends: 2 }))
    expect(parts.map((part) => [part.label, part.count])).toEqual([
      ['Straight', 2],
      ['Straight', 1],
      ['Elbow (bent round a former)', 2],
      ['Flange disc', 8],
    ])
    expect(parts[0]?.stock === 'metal-tube' && parts[0].lengthMm).toBeCloseTo(25.1, 9)
    expect(parts[1]?.stock === 'metal-tube' && parts[1].lengthMm).toBeCloseTo(23.93, 9)
  })

  it('puts a flange over each end of each elbow', () => {
    const flanges = pipeRun.pieces(p).filter((piece) => piece.shape === 'cylinder' && piece.lengthMm < 2)
    expect(flanges.map((f) => f.at)).toEqual([
      { x: expect.closeTo(30 - 3.135 - 4.9, 9), y: expect.closeTo(3.135, 9), z: 0 },
      { x: expect.closeTo(30 - 3.135, 9), y: expect.closeTo(3.135 + 4.9, 9), z: 0 },
    ])
  })

  it('refuses a bend tighter than the pipe, and runs with no room for a straight past the flange', () => {
    expect(issuesFor(pipeRun, { bendRadiusMm: 1 })).toEqual([
      { param: 'bendRadiusMm', message: "bend radius must be at least the pipe's radius, 1.65 mm" },
    ])
    // A 4 mm pipe: flange radius 3.8, 0.8 thick; with a 6 mm bend the run needs 3.8 + 6 + 0.8 = 10.6 mm.
    expect(issuesFor(pipeRun, { diameterMm: 4, bendRadiusMm: 6, runMm: 10 })).toEqual([
      {
        param: 'runMm',
        message: 'run must be longer than 10.6 mm to fit the bends and a straight beside each',
      },
    ])
    // A 20 mm pipe with a tight bend: the 38 mm flange itself must fit in the run.
    expect(issuesFor(pipeRun, { diameterMm: 20, bendRadiusMm: 10, runMm: 37, riseMm: 60 })).toEqual([
      {
        param: 'runMm',
        message: 'run must be longer than 38 mm to fit the bends and a straight beside each',
      },
    ])
  })
})
