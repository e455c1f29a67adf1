import { vec3 } from '../../units/vec'
import { count, defineProp, mm } from '../types'

/**
 * Drawn this thick per layer so the sheet clears the surface it lies on; real kitchen foil is 0.016 mm
 * (0.035 mm extra heavy), far too thin for a depth buffer.
 */
export const FOIL_DRAWN_MM = 0.1

/**
 * A flat sheet of kitchen foil, folded in layers for stiffness: sheet tin, a tarpaulin, flashing. The
 * default is 2.1 x 1.4 m at 1:35.
 */
export const flatSheet = defineProp({
  kind: 'foil.flat-sheet',
  label: 'Flat foil sheet',
  material: 'foil',
  params: {
    lengthMm: mm('Length', 60, 2, 1000),
    widthMm: mm('Width', 40, 2, 1000),
    layers: count('Layers', 1, 1, 4),
  },
  size: (p) => vec3(p.lengthMm, p.layers * FOIL_DRAWN_MM, p.widthMm),
  pieces: (p) => [
    {
      shape: 'box',
      at: vec3(0, (p.layers * FOIL_DRAWN_MM) / 2, 0),
      size: vec3(p.lengthMm, p.layers * FOIL_DRAWN_MM, p.widthMm),
    },
  ],
  parts: (p) => [
    { stock: 'kitchen-foil', label: 'Foil layer', areaMm2: p.lengthMm * p.widthMm, count: p.layers },
  ],
})
