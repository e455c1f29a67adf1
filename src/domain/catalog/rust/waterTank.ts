import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { defineProp, mm, type Piece } from '../types'

/** The manhole on the lid: a sixth of the tank across, standing 20 mm proud at 1:35. */
const HATCH_MM = 0.6
/** Lid and bottom are cut from 20 thou (0.5 mm) styrene, the stiffest sheet a knife scores easily. */
const END_SHEET_MM = 0.5
/** Legs stand at 35% of the diameter out from the centre on both axes, under the tank's rim. */
const LEG_OFFSET = 0.35

/**
 * An upright cylindrical steel water tank on four legs, with a manhole on top. The default is a 1000 L tank
 * 1.1 m across and 1.1 m tall on 0.7 m legs of 50 mm tube at 1:35: 31 x 31 mm on 20 mm legs 1.5 mm thick.
 */
export const waterTank = defineProp({
  kind: 'rust.water-tank',
  label: 'Water tank',
  material: 'rust',
  params: {
    diameterMm: mm('Diameter', 31, 5, 200),
    heightMm: mm('Tank height', 31, 5, 200),
    standMm: mm('Leg height', 20, 1, 200),
    legMm: mm('Leg diameter', 1.5, 0.3, 20),
  },
  size: (p) => vec3(p.diameterMm, p.standMm + p.heightMm + HATCH_MM, p.diameterMm),
  check: (p) =>
    firstIssue([
      [
        LEG_OFFSET * p.diameterMm + p.legMm / 2 > p.diameterMm / 2,
        'legMm',
        'leg diameter must be at most 0.3 x the tank diameter, to stand under it',
      ],
    ]),
  pieces: (p) => {
    const o = LEG_OFFSET * p.diameterMm
    const legs = [
      [-o, -o],
      [o, -o],
      [-o, o],
      [o, o],
    ].map(([x = 0, z = 0]): Piece => ({
      shape: 'cylinder',
      at: vec3(x, p.standMm / 2, z),
      radiusMm: p.legMm / 2,
      lengthMm: p.standMm,
      axis: 'y',
    }))
    return [
      ...legs,
      {
        shape: 'cylinder',
        at: vec3(0, p.standMm + p.heightMm / 2, 0),
        radiusMm: p.diameterMm / 2,
        lengthMm: p.heightMm,
        axis: 'y',
      },
      {
        shape: 'cylinder',
        at: vec3(0, p.standMm + p.heightMm + HATCH_MM / 2, 0),
        radiusMm: p.diameterMm / 6,
        lengthMm: HATCH_MM,
        axis: 'y',
      },
    ]
  },
  parts: (p) => [
    { stock: 'styrene-tube', label: 'Tank body', diameterMm: p.diameterMm, lengthMm: p.heightMm, count: 1 },
    {
      stock: 'styrene-sheet',
      label: 'Lid and bottom disc',
      thicknessMm: END_SHEET_MM,
      lengthMm: p.diameterMm,
      widthMm: p.diameterMm,
      count: 2,
      grain: 'none',
    },
    {
      stock: 'styrene-sheet',
      label: 'Manhole disc',
      thicknessMm: HATCH_MM,
      lengthMm: p.diameterMm / 3,
      widthMm: p.diameterMm / 3,
      count: 1,
      grain: 'none',
    },
    { stock: 'styrene-rod', label: 'Leg', diameterMm: p.legMm, lengthMm: p.standMm, count: 4 },
  ],
})
