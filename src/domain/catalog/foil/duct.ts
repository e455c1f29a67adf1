import { vec3 } from '../../units/vec'
import {
  bentRun,
  bentRunIssue,
  groupLengths,
  runPieces,
  runSpec,
  type RunParams,
  type RunSpec,
} from '../bentRun'
import { count, defineProp, mm, type Part } from '../types'

/** Foil wrapped round a core overlaps itself by a quarter, which also covers the pleats at the bends. */
export const WRAP_OVERLAP = 1.25

/** A bare duct: nothing stands wider than the duct itself. */
const spec = (p: RunParams): RunSpec => runSpec(p, p.diameterMm / 2)

/**
 * A round duct of foil wrapped over dowel cores, in the x-y plane: along the floor, bending up (and with two
 * bends, over again along the top). The bends are foil alone, pleated like real flexible duct. The default
 * is a 300 mm duct with a bend radius of one diameter at 1:35: 8.6 mm across, running 2.1 m and rising 1.4 m.
 */
export const duct = defineProp({
  kind: 'foil.duct',
  label: 'Foil-wrapped duct',
  material: 'foil',
  params: {
    diameterMm: mm('Diameter', 8.6, 1, 50),
    runMm: mm('Run', 60, 5, 500),
    riseMm: mm('Rise', 40, 5, 500),
    bendRadiusMm: mm('Bend radius', 8.6, 0.5, 100),
    bends: count('Bends', 1, 1, 2),
  },
  size: (p) => vec3(p.runMm, p.riseMm, p.diameterMm),
  check: (p) => bentRunIssue(spec(p)),
  pieces: (p) => runPieces(bentRun(spec(p)), p.diameterMm / 2, p.bendRadiusMm),
  parts: (p) => {
    const run = bentRun(spec(p))
    return [
      ...groupLengths(run.straights).map(({ lengthMm, count: n }): Part => ({
        stock: 'balsa-dowel',
        label: 'Core',
        diameterMm: p.diameterMm,
        lengthMm,
        count: n,
      })),
      {
        stock: 'kitchen-foil',
        label: 'Foil wrap',
        areaMm2: Math.PI * p.diameterMm * run.centrelineMm * WRAP_OVERLAP,
        count: 1,
      },
    ]
  },
})
