import { vec3 } from '../../units/vec'
import { defineProp, mm } from '../types'

/**
 * A styrene tube lying along x, its bore showing at the ends: pipes, posts, exhausts. Evergreen tube runs
 * from 1.2 to 12.7 mm across in 14 in (356 mm) lengths; the default 4 mm tube with 0.5 mm walls is a
 * 140 mm pipe at 1:35.
 */
export const tube = defineProp({
  kind: 'plastic.tube',
  label: 'Styrene tube',
  material: 'plastic',
  params: {
    lengthMm: mm('Length', 60, 1, 356),
    diameterMm: mm('Outside diameter', 4, 1, 25),
    wallMm: mm('Wall', 0.5, 0.1, 5),
  },
  size: (p) => vec3(p.lengthMm, p.diameterMm, p.diameterMm),
  check: (p) =>
    2 * p.wallMm >= p.diameterMm
      ? { param: 'wallMm', message: 'the wall must be thinner than half the diameter' }
      : undefined,
  pieces: (p) => [
    {
      shape: 'tube',
      at: vec3(0, p.diameterMm / 2, 0),
      radiusMm: p.diameterMm / 2,
      innerRadiusMm: p.diameterMm / 2 - p.wallMm,
      lengthMm: p.lengthMm,
      axis: 'x',
    },
  ],
  parts: (p) => [
    { stock: 'styrene-tube', label: 'Tube', diameterMm: p.diameterMm, lengthMm: p.lengthMm, count: 1 },
  ],
})
