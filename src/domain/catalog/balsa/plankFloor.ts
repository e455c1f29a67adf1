import { vec3 } from '../../units/vec'
import { defineProp, mm, type Piece } from '../types'

/** How many planks of a width fit across a floor with gaps between them (n planks need n-1 gaps). */
export const plankCount = (floorWidthMm: number, plankWidthMm: number, gapMm: number): number =>
  Math.max(1, Math.floor((floorWidthMm + gapMm) / (plankWidthMm + gapMm) + 1e-9))

/** A floor of parallel planks running along x, laid side by side along z. */
export const plankFloor = defineProp({
  kind: 'balsa.plank-floor',
  label: 'Plank floor',
  material: 'balsa',
  params: {
    lengthMm: mm('Length', 120, 5, 1000),
    widthMm: mm('Width', 80, 2, 1000),
    plankWidthMm: mm('Plank width', 6, 1, 100),
    thicknessMm: mm('Thickness', 1.5, 0.5, 20),
    gapMm: mm('Gap', 0.3, 0, 5),
  },
  size: (p) => vec3(p.lengthMm, p.thicknessMm, p.widthMm),
  pieces: (p) => {
    const n = plankCount(p.widthMm, p.plankWidthMm, p.gapMm)
    const used = n * p.plankWidthMm + (n - 1) * p.gapMm
    const pieces: Piece[] = []
    for (let i = 0; i < n; i++) {
      const z = -used / 2 + p.plankWidthMm / 2 + i * (p.plankWidthMm + p.gapMm)
      pieces.push({
        shape: 'box',
        at: vec3(0, p.thicknessMm / 2, z),
        size: vec3(p.lengthMm, p.thicknessMm, p.plankWidthMm),
        grain: 'x',
      })
    }
    return pieces
  },
  parts: (p) => [
    {
      stock: 'balsa-sheet',
      label: 'Plank',
      thicknessMm: p.thicknessMm,
      lengthMm: p.lengthMm,
      widthMm: p.plankWidthMm,
      count: plankCount(p.widthMm, p.plankWidthMm, p.gapMm),
      grain: 'length',
    },
  ],
})
