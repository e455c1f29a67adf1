import { vec3 } from '../../units/vec'
import { defineProp, mm } from '../types'

/**
 * A styrene sheet lying flat: panels, signs, roof sheets. A4 sheets (297 x 210 mm) come 0.25 to 2 mm thick;
 * the default 0.5 mm (20 thou) is scored and snapped, and is 17 mm of plate at 1:35.
 */
export const styreneSheet = defineProp({
  kind: 'plastic.styrene-sheet',
  label: 'Styrene sheet',
  material: 'plastic',
  params: {
    lengthMm: mm('Length', 60, 2, 297),
    widthMm: mm('Width', 40, 2, 297),
    thicknessMm: mm('Thickness', 0.5, 0.25, 3),
  },
  size: (p) => vec3(p.lengthMm, p.thicknessMm, p.widthMm),
  pieces: (p) => [
    {
      shape: 'box',
      at: vec3(0, p.thicknessMm / 2, 0),
      size: vec3(p.lengthMm, p.thicknessMm, p.widthMm),
    },
  ],
  parts: (p) => [
    {
      stock: 'styrene-sheet',
      label: 'Sheet',
      thicknessMm: p.thicknessMm,
      lengthMm: p.lengthMm,
      widthMm: p.widthMm,
      count: 1,
      grain: 'none',
    },
  ],
})
