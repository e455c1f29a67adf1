import { vec3 } from '../../units/vec'
import { defineProp, mm } from '../types'

/**
 * Corrugated iron: the real sheet has a 2.5 in (63.5 mm) pitch and 0.5 in depth, 1.8 mm and 0.36 mm at 1:35.
 * Lies flat with the corrugations running along x; stand it up by rotating it. Modellers press kitchen foil
 * between two corrugated sheets, so the part is foil: the flat width grows with the wave.
 */
export const corrugatedSheet = defineProp({
  kind: 'rust.corrugated-sheet',
  label: 'Corrugated sheet',
  material: 'rust',
  params: {
    lengthMm: mm('Length', 60, 5, 1000),
    widthMm: mm('Width', 40, 5, 1000),
    pitchMm: mm('Pitch', 1.8, 0.5, 20),
    depthMm: mm('Depth', 0.4, 0.1, 5),
  },
  size: (p) => vec3(p.lengthMm, p.depthMm, p.widthMm),
  pieces: (p) => [
    {
      shape: 'corrugated',
      at: vec3(0, p.depthMm / 2, 0),
      lengthMm: p.lengthMm,
      widthMm: p.widthMm,
      pitchMm: p.pitchMm,
      depthMm: p.depthMm,
    },
  ],
  parts: (p) => [
    {
      stock: 'kitchen-foil',
      label: 'Pressed foil sheet',
      areaMm2: p.lengthMm * p.widthMm * waveStretch(p.pitchMm, p.depthMm),
      count: 1,
    },
  ],
})

/** Length of one sine period of amplitude depth/2 over its pitch, by numeric integration (200 steps is exact to 1e-6). */
export function waveStretch(pitchMm: number, depthMm: number): number {
  const steps = 200
  const a = depthMm / 2
  const k = (2 * Math.PI) / pitchMm
  let len = 0
  for (let i = 0; i < steps; i++) {
    const x = ((i + 0.5) / steps) * pitchMm
    const slope = a * k * Math.cos(k * x)
    len += Math.sqrt(1 + slope * slope) * (pitchMm / steps)
  }
  return len / pitchMm
}
