import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { defineProp, mm } from '../types'

/**
 * Angle iron lying along x: a flat leg on the ground and an upright leg along its back edge (-z). The
 * default is 70 x 70 mm angle at 1:35 (2 mm legs); the 0.4 mm steel is thicker than the real 7 mm because
 * that is about the thinnest styrene angle sold. The part is the styrene profile, named by its wider leg.
 */
export const angleIron = defineProp({
  kind: 'rust.angle-iron',
  label: 'Angle iron',
  material: 'rust',
  params: {
    lengthMm: mm('Length', 80, 5, 1000),
    upMm: mm('Upright leg', 2, 0.5, 50),
    flatMm: mm('Flat leg', 2, 0.5, 50),
    steelMm: mm('Steel thickness', 0.4, 0.1, 5),
  },
  size: (p) => vec3(p.lengthMm, p.upMm, p.flatMm),
  check: (p) =>
    firstIssue([
      [p.steelMm >= p.upMm, 'steelMm', 'steel thickness must be less than the upright leg'],
      [p.steelMm >= p.flatMm, 'steelMm', 'steel thickness must be less than the flat leg'],
    ]),
  pieces: (p) => {
    const t = p.steelMm
    return [
      { shape: 'box', at: vec3(0, t / 2, 0), size: vec3(p.lengthMm, t, p.flatMm) },
      {
        shape: 'box',
        at: vec3(0, t + (p.upMm - t) / 2, -p.flatMm / 2 + t / 2),
        size: vec3(p.lengthMm, p.upMm - t, t),
      },
    ]
  },
  parts: (p) => [
    {
      stock: 'styrene-profile',
      label: 'Angle profile',
      diameterMm: Math.max(p.upMm, p.flatMm),
      lengthMm: p.lengthMm,
      count: 1,
    },
  ],
})
