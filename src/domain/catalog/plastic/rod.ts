import { vec3 } from '../../units/vec'
import { defineProp, mm } from '../types'

/**
 * A styrene rod lying along x: handrails, conduit, bolts, axles. Evergreen sells 0.25 to 6.3 mm rod in
 * 14 in (356 mm) lengths; the default 1.5 mm rod is a 52 mm bar at 1:35.
 */
export const rod = defineProp({
  kind: 'plastic.rod',
  label: 'Styrene rod',
  material: 'plastic',
  params: {
    lengthMm: mm('Length', 80, 1, 356),
    diameterMm: mm('Diameter', 1.5, 0.25, 10),
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
    { stock: 'styrene-rod', label: 'Rod', diameterMm: p.diameterMm, lengthMm: p.lengthMm, count: 1 },
  ],
})
