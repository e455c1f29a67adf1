import { vec3 } from '../../units/vec'
import { defineProp, mm } from '../types'

/**
 * A solid balsa block, grain along x, for carving: a stone lintel, a bale, an engine block. The default is
 * 70 x 52 x 35 cm at 1:35, cut from 10 mm (3/8 in) stock.
 */
export const block = defineProp({
  kind: 'balsa.block',
  label: 'Balsa block',
  material: 'balsa',
  params: {
    lengthMm: mm('Length', 20, 1, 300),
    widthMm: mm('Width', 15, 1, 300),
    heightMm: mm('Height', 10, 1, 100),
  },
  size: (p) => vec3(p.lengthMm, p.heightMm, p.widthMm),
  pieces: (p) => [
    {
      shape: 'box',
      at: vec3(0, p.heightMm / 2, 0),
      size: vec3(p.lengthMm, p.heightMm, p.widthMm),
      grain: 'x',
    },
  ],
  parts: (p) => [
    {
      stock: 'balsa-sheet',
      label: 'Block',
      thicknessMm: p.heightMm,
      lengthMm: p.lengthMm,
      widthMm: p.widthMm,
      count: 1,
      grain: 'length',
    },
  ],
})
