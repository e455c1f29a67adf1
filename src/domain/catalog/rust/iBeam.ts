import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { defineProp, mm } from '../types'

/**
 * A steel I-beam lying along x; modellers buy it as a styrene profile (Evergreen and similar). The default
 * is a 280 x 160 mm beam with 20 mm steel at 1:35.
 */
export const iBeam = defineProp({
  kind: 'rust.i-beam',
  label: 'I-beam',
  material: 'rust',
  params: {
    lengthMm: mm('Length', 100, 5, 1000),
    heightMm: mm('Height', 8, 1, 100),
    flangeMm: mm('Flange width', 4.5, 1, 100),
    steelMm: mm('Steel thickness', 0.6, 0.2, 10),
  },
  size: (p) => vec3(p.lengthMm, p.heightMm, p.flangeMm),
  check: (p) =>
    firstIssue([
      [2 * p.steelMm >= p.heightMm, 'steelMm', 'steel thickness must be less than half the height'],
      [p.steelMm >= p.flangeMm, 'steelMm', 'steel thickness must be less than the flange width'],
    ]),
  pieces: (p) => {
    const t = p.steelMm
    return [
      { shape: 'box', at: vec3(0, t / 2, 0), size: vec3(p.lengthMm, t, p.flangeMm) },
      { shape: 'box', at: vec3(0, p.heightMm - t / 2, 0), size: vec3(p.lengthMm, t, p.flangeMm) },
      { shape: 'box', at: vec3(0, p.heightMm / 2, 0), size: vec3(p.lengthMm, p.heightMm - 2 * t, t) },
    ]
  },
  parts: (p) => [
    {
      stock: 'styrene-profile',
      label: 'I-beam profile',
      diameterMm: p.heightMm,
      lengthMm: p.lengthMm,
      count: 1,
    },
  ],
})
