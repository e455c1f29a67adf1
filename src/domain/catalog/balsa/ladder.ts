import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { defineProp, mm, type Piece } from '../types'

/**
 * Rungs every `spacing` from one spacing up, the top one at least half a spacing below the rail tops
 * (at most 166 within the ranges: 500 mm / 3 mm).
 */
const rungCount = (heightMm: number, spacingMm: number): number =>
  Math.max(0, Math.floor(heightMm / spacingMm - 0.5 + 1e-9))

/**
 * A wooden ladder standing upright: two rails (stiles) and dowel rungs glued between them; lean it by
 * turning the prop. The default is 2.5 m tall and 450 mm wide at 1:35, of 35 x 65 mm stiles and 30 mm rungs
 * at 300 mm (1.0 x 1.9 mm stiles, 0.9 mm rungs every 8.6 mm).
 */
export const ladder = defineProp({
  kind: 'balsa.ladder',
  label: 'Ladder',
  material: 'balsa',
  params: {
    heightMm: mm('Height', 71, 10, 500),
    widthMm: mm('Width', 13, 4, 100),
    railMm: mm('Rail thickness', 1, 0.5, 10),
    railDepthMm: mm('Rail depth', 1.9, 0.5, 10),
    rungDiameterMm: mm('Rung diameter', 0.9, 0.3, 10),
    rungSpacingMm: mm('Rung spacing', 8.6, 3, 50),
  },
  size: (p) => vec3(p.widthMm, p.heightMm, p.railDepthMm),
  check: (p) =>
    firstIssue([
      [2 * p.railMm >= p.widthMm, 'railMm', 'rail thickness must be less than half the width'],
      [p.rungDiameterMm > p.railDepthMm, 'rungDiameterMm', 'rung diameter must be at most the rail depth'],
      [
        p.rungDiameterMm >= p.rungSpacingMm,
        'rungDiameterMm',
        'rung diameter must be less than the rung spacing',
      ],
      [1.5 * p.rungSpacingMm > p.heightMm, 'rungSpacingMm', 'rung spacing must be at most 2/3 of the height'],
    ]),
  pieces: (p) => {
    const rail = (x: number): Piece => ({
      shape: 'box',
      at: vec3(x, p.heightMm / 2, 0),
      size: vec3(p.railMm, p.heightMm, p.railDepthMm),
      grain: 'y',
    })
    const rungs = Array.from({ length: rungCount(p.heightMm, p.rungSpacingMm) }, (_, i): Piece => ({
      shape: 'cylinder',
      at: vec3(0, (i + 1) * p.rungSpacingMm, 0),
      radiusMm: p.rungDiameterMm / 2,
      lengthMm: p.widthMm - 2 * p.railMm,
      axis: 'x',
    }))
    return [rail(-p.widthMm / 2 + p.railMm / 2), rail(p.widthMm / 2 - p.railMm / 2), ...rungs]
  },
  parts: (p) => [
    {
      stock: 'balsa-strip',
      label: 'Rail',
      thicknessMm: p.railMm,
      widthMm: p.railDepthMm,
      lengthMm: p.heightMm,
      count: 2,
      grain: 'length',
    },
    {
      stock: 'balsa-dowel',
      label: 'Rung',
      diameterMm: p.rungDiameterMm,
      lengthMm: p.widthMm - 2 * p.railMm,
      count: rungCount(p.heightMm, p.rungSpacingMm),
    },
  ],
})
