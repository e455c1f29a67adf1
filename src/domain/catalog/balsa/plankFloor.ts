import { vec3 } from '../../units/vec'
import { packedCentres, plankCount } from '../spacing'
import { defineProp, mm } from '../types'

export { plankCount }

/**
 * A floor of parallel planks running along x, laid side by side along z. The 6 mm default is a 210 mm
 * floorboard at 1:35, 1.5 mm thick (about 50 mm real, thicker than life so the sheet survives cutting).
 */
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
  check: (p) =>
    p.plankWidthMm > p.widthMm
      ? { param: 'plankWidthMm', message: 'a plank must be no wider than the floor' }
      : undefined,
  pieces: (p) =>
    packedCentres(plankCount(p.widthMm, p.plankWidthMm, p.gapMm), p.plankWidthMm, p.gapMm).map((z) => ({
      shape: 'box',
      at: vec3(0, p.thicknessMm / 2, z),
      size: vec3(p.lengthMm, p.thicknessMm, p.plankWidthMm),
      grain: 'x',
    })),
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
