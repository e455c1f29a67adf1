import { vec3 } from '../../units/vec'
import { defineProp, mm } from '../types'

/**
 * A balsa strip or beam lying along x: joists, lintels, stacked timber. The default is a 3.5 m beam of
 * 210 x 105 mm at 1:35, cut from a 36 in strip.
 */
export const strip = defineProp({
  kind: 'balsa.strip',
  label: 'Balsa strip / beam',
  material: 'balsa',
  params: {
    lengthMm: mm('Length', 100, 2, 1000),
    widthMm: mm('Width', 6, 0.5, 100),
    thicknessMm: mm('Thickness', 3, 0.5, 100),
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
      stock: 'balsa-strip',
      label: 'Strip',
      thicknessMm: p.thicknessMm,
      widthMm: p.widthMm,
      lengthMm: p.lengthMm,
      count: 1,
      grain: 'length',
    },
  ],
})
