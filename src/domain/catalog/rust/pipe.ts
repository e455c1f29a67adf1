import { vec3 } from '../../units/vec'
import { defineProp, mm } from '../types'

/**
 * A straight pipe lying along x, resting on the surface below it; cut from metal or styrene tube. The
 * default is a 140 mm pipe 2.8 m long at 1:35. For bends and flanges, see the pipe with elbows.
 */
export const pipe = defineProp({
  kind: 'rust.pipe',
  label: 'Pipe',
  material: 'rust',
  params: {
    lengthMm: mm('Length', 80, 2, 1000),
    diameterMm: mm('Diameter', 4, 0.5, 100),
  },
  size: (p) => vec3(p.lengthMm, p.diameterMm, p.diameterMm),
  pieces: (p) => [
    {
      shape: 'cylinder',
      at: vec3(0, p.diameterMm / 2, 0),
      radiusMm: p.diameterMm / 2,
      lengthMm: p.lengthMm,
      axis: 'x',
    },
  ],
  parts: (p) => [
    { stock: 'metal-tube', label: 'Pipe', diameterMm: p.diameterMm, lengthMm: p.lengthMm, count: 1 },
  ],
})
