import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { defineProp, mm } from '../types'

/**
 * A slab of plaster ground with a rolling top, cast in a tray and carved: the bumps come from the prop's
 * seed, so every slab differs but each looks the same on every screen. The default is 2.1 x 1.4 m of ground
 * at 1:35, 8 mm thick with 3 mm (about 100 mm real) of undulation. The plaster to mix assumes the top lies
 * half a bump down on average, as the noise that shapes it does.
 */
export const terrainSlab = defineProp({
  kind: 'plaster.terrain-slab',
  label: 'Terrain slab',
  material: 'plaster',
  params: {
    lengthMm: mm('Length', 60, 10, 500),
    widthMm: mm('Width', 40, 10, 500),
    thicknessMm: mm('Thickness', 8, 2, 100),
    bumpMm: mm('Bump height', 3, 0, 50),
  },
  size: (p) => vec3(p.lengthMm, p.thicknessMm, p.widthMm),
  check: (p) =>
    firstIssue([[p.bumpMm >= p.thicknessMm, 'bumpMm', 'bumps must be shallower than the slab is thick']]),
  pieces: (p) => [
    {
      shape: 'terrain',
      at: vec3(0, 0, 0),
      size: vec3(p.lengthMm, p.thicknessMm, p.widthMm),
      bumpMm: p.bumpMm,
    },
  ],
  parts: (p) => [
    {
      stock: 'plaster',
      label: 'Cast slab',
      volumeMm3: p.lengthMm * p.widthMm * (p.thicknessMm - p.bumpMm / 2),
      count: 1,
    },
  ],
})
