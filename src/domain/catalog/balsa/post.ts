import { vec3 } from '../../units/vec'
import { defineProp, mm } from '../types'

/**
 * An upright dowel: fence posts, props under a lean-to, pilings. The default is a 140 mm pole 2.1 m tall
 * at 1:35.
 */
export const post = defineProp({
  kind: 'balsa.post',
  label: 'Dowel / post',
  material: 'balsa',
  params: {
    diameterMm: mm('Diameter', 4, 0.5, 50),
    heightMm: mm('Height', 60, 2, 1000),
  },
  size: (p) => vec3(p.diameterMm, p.heightMm, p.diameterMm),
  pieces: (p) => [
    {
      shape: 'cylinder',
      at: vec3(0, p.heightMm / 2, 0),
      radiusMm: p.diameterMm / 2,
      lengthMm: p.heightMm,
      axis: 'y',
    },
  ],
  parts: (p) => [
    { stock: 'balsa-dowel', label: 'Post', diameterMm: p.diameterMm, lengthMm: p.heightMm, count: 1 },
  ],
})
