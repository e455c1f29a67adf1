import { vec3 } from '../../units/vec'
import { defineProp, mm, ratio } from '../types'

/** Knud Thomsen's approximation of an ellipsoid's surface area (within about 1%). */
export function ellipsoidAreaMm2(a: number, b: number, c: number): number {
  const p = 1.6075
  return 4 * Math.PI * ((a ** p * b ** p + a ** p * c ** p + b ** p * c ** p) / 3) ** (1 / p)
}

/**
 * Kitchen foil crumpled over a core into rock or rubble. Crumpling takes up foil: a fully crumpled sheet
 * covers about a third of its flat area, so the foil to tear off grows with the crumple amount. The default
 * is a boulder 1.4 x 1.05 m and 0.63 m high at 1:35.
 */
export const crumpledRock = defineProp({
  kind: 'foil.crumpled-rock',
  label: 'Crumpled-foil rock',
  material: 'foil',
  params: {
    widthMm: mm('Width', 40, 3, 500),
    depthMm: mm('Depth', 30, 3, 500),
    heightMm: mm('Height', 18, 2, 300),
    crumple: ratio('Crumple', 0.6),
  },
  size: (p) => vec3(p.widthMm, p.heightMm, p.depthMm),
  pieces: (p) => [
    { shape: 'rock', at: vec3(0, 0, 0), size: vec3(p.widthMm, p.heightMm, p.depthMm), crumple: p.crumple },
  ],
  parts: (p) => [
    {
      stock: 'kitchen-foil',
      label: 'Foil skin',
      // Half an ellipsoid (the rock sits on its base), times the take-up of crumpling.
      areaMm2: (ellipsoidAreaMm2(p.widthMm / 2, p.heightMm, p.depthMm / 2) / 2) * (1 + 2 * p.crumple),
      count: 1,
    },
  ],
})
