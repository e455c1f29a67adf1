import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { countAtMostApart, MAX_REPEATS, plankCount, spreadCentres, stackedCentres } from '../spacing'
import { defineProp, mm, type Piece } from '../types'

/**
 * A timber-framed wall: horizontal cladding boards on the front (+z) of a stud frame with a sole plate and
 * a top plate. The default is 2.8 m long and 2.4 m high at 1:35, of 150 mm boards on 38 x 89 mm studs at
 * 400 mm centres (4.3 mm boards on 1.1 x 2.5 mm studs, at most 11.4 mm apart).
 */
export const plankWall = defineProp({
  kind: 'balsa.plank-wall',
  label: 'Plank wall with studs',
  material: 'balsa',
  params: {
    lengthMm: mm('Length', 80, 10, 1000),
    heightMm: mm('Height', 69, 10, 500),
    plankWidthMm: mm('Plank width', 4.3, 1, 50),
    thicknessMm: mm('Plank thickness', 0.8, 0.5, 10),
    gapMm: mm('Gap', 0.2, 0, 5),
    studMm: mm('Stud width', 1.1, 0.5, 20),
    studDepthMm: mm('Stud depth', 2.5, 0.5, 30),
    studSpacingMm: mm('Stud spacing', 11.4, 5, 200),
  },
  size: (p) => vec3(p.lengthMm, p.heightMm, p.thicknessMm + p.studDepthMm),
  check: (p) => {
    const planks = plankCount(p.heightMm, p.plankWidthMm, p.gapMm)
    const studs = countAtMostApart(p.lengthMm, p.studMm, p.studSpacingMm)
    return firstIssue([
      [p.plankWidthMm > p.heightMm, 'plankWidthMm', 'a plank must be no wider than the wall is tall'],
      [planks > MAX_REPEATS, 'plankWidthMm', `${planks} planks are too many: at most ${MAX_REPEATS}`],
      [2 * p.studMm >= p.heightMm, 'studMm', 'stud width must be less than half the height (two plates)'],
      [2 * p.studMm > p.lengthMm, 'studMm', 'stud width must be at most half the length (a stud each end)'],
      [p.studSpacingMm < 2 * p.studMm, 'studSpacingMm', 'stud spacing must be at least twice the stud width'],
      [studs > MAX_REPEATS, 'studSpacingMm', `${studs} studs are too many: at most ${MAX_REPEATS}`],
    ])
  },
  pieces: (p) => {
    const s = p.studMm
    const back = -(p.thicknessMm + p.studDepthMm) / 2
    const studZ = back + p.studDepthMm / 2
    const plankZ = back + p.studDepthMm + p.thicknessMm / 2
    const planks = plankCount(p.heightMm, p.plankWidthMm, p.gapMm)
    const studs = countAtMostApart(p.lengthMm, s, p.studSpacingMm)
    const plate = (y: number): Piece => ({
      shape: 'box',
      at: vec3(0, y, studZ),
      size: vec3(p.lengthMm, s, p.studDepthMm),
      grain: 'x',
    })
    return [
      plate(s / 2),
      plate(p.heightMm - s / 2),
      ...spreadCentres(studs, p.lengthMm, s).map((x): Piece => ({
        shape: 'box',
        at: vec3(x, p.heightMm / 2, studZ),
        size: vec3(s, p.heightMm - 2 * s, p.studDepthMm),
        grain: 'y',
      })),
      // Boards are laid from the ground up, so any gap left over is at the top, under the eaves.
      ...stackedCentres(planks, p.plankWidthMm, p.gapMm).map((y): Piece => ({
        shape: 'box',
        at: vec3(0, y, plankZ),
        size: vec3(p.lengthMm, p.plankWidthMm, p.thicknessMm),
        grain: 'x',
      })),
    ]
  },
  parts: (p) => [
    {
      stock: 'balsa-sheet',
      label: 'Plank',
      thicknessMm: p.thicknessMm,
      lengthMm: p.lengthMm,
      widthMm: p.plankWidthMm,
      count: plankCount(p.heightMm, p.plankWidthMm, p.gapMm),
      grain: 'length',
    },
    {
      stock: 'balsa-strip',
      label: 'Stud',
      thicknessMm: p.studMm,
      widthMm: p.studDepthMm,
      lengthMm: p.heightMm - 2 * p.studMm,
      count: countAtMostApart(p.lengthMm, p.studMm, p.studSpacingMm),
      grain: 'length',
    },
    {
      stock: 'balsa-strip',
      label: 'Plate',
      thicknessMm: p.studMm,
      widthMm: p.studDepthMm,
      lengthMm: p.lengthMm,
      count: 2,
      grain: 'length',
    },
  ],
})
