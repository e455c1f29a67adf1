import { vec3 } from '../../units/vec'
import { defineProp, mm } from '../types'

/**
 * A plain balsa sheet lying flat, grain along x: a tabletop, a patch of boarding, a base to build on.
 * 1.6 mm is 1/16 in sheet, the commonest thickness; 80 x 50 mm is 2.8 x 1.75 m at 1:35, cut from a
 * 100 mm wide metric sheet.
 */
export const sheet = defineProp({
  kind: 'balsa.sheet',
  label: 'Balsa sheet',
  material: 'balsa',
  params: {
    lengthMm: mm('Length', 80, 2, 1000),
    widthMm: mm('Width', 50, 2, 300),
    thicknessMm: mm('Thickness', 1.6, 0.8, 25),
  },
  size: (p) => vec3(p.lengthMm, p.thicknessMm, p.widthMm),
  pieces: (p) => [
    {
      shape: 'box',
      at: vec3(0, p.thicknessMm / 2, 0),
      size: vec3(p.lengthMm, p.thicknessMm, p.widthMm),
      grain: 'x',
    },
  ],
  parts: (p) => [
    {
      stock: 'balsa-sheet',
      label: 'Sheet',
      thicknessMm: p.thicknessMm,
      lengthMm: p.lengthMm,
      widthMm: p.widthMm,
      count: 1,
      grain: 'length',
    },
  ],
})
