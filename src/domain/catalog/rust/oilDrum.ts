import { vec3 } from '../../units/vec'
import { mmText } from '../issue'
import { defineProp, mm } from '../types'

/** A rolling hoop stands out 2% of the diameter (11 mm on the real drum), never thinner than 0.2 mm. */
const hoopMm = (diameterMm: number): number => Math.max(0.2, diameterMm * 0.02)

/**
 * A 205-litre (55 US gallon) steel drum: 572 mm across and 851 mm tall in the real world, so 16.3 x 24.3 mm
 * at 1:35. Two rolling hoops stand proud of the body; modellers cut the body from tube and the hoops from rod.
 */
export const oilDrum = defineProp({
  kind: 'rust.oil-drum',
  label: 'Oil drum (205 L)',
  material: 'rust',
  params: {
    diameterMm: mm('Diameter', 16.3, 2, 200),
    heightMm: mm('Height', 24.3, 2, 300),
  },
  size: (p) => vec3(p.diameterMm, p.heightMm, p.diameterMm),
  check: (p) =>
    p.heightMm / 3 <= hoopMm(p.diameterMm)
      ? {
          param: 'heightMm',
          message: `height must be more than ${mmText(3 * hoopMm(p.diameterMm))} for the rolling hoops to fit`,
        }
      : undefined,
  pieces: (p) => {
    const r = p.diameterMm / 2
    const hoop = hoopMm(p.diameterMm)
    const hoopR = r + hoop / 2
    return [
      { shape: 'cylinder', at: vec3(0, p.heightMm / 2, 0), radiusMm: r, lengthMm: p.heightMm, axis: 'y' },
      { shape: 'cylinder', at: vec3(0, p.heightMm / 3, 0), radiusMm: hoopR, lengthMm: hoop * 2, axis: 'y' },
      {
        shape: 'cylinder',
        at: vec3(0, (2 * p.heightMm) / 3, 0),
        radiusMm: hoopR,
        lengthMm: hoop * 2,
        axis: 'y',
      },
    ]
  },
  parts: (p) => [
    { stock: 'styrene-tube', label: 'Drum body', diameterMm: p.diameterMm, lengthMm: p.heightMm, count: 1 },
    {
      stock: 'styrene-rod',
      label: 'Rolling hoop',
      diameterMm: hoopMm(p.diameterMm) * 2,
      lengthMm: Math.PI * p.diameterMm,
      count: 2,
    },
  ],
})
