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
import { count, defineProp, mm, type Part, type Piece } from '../types'

/** A DN100 flange is 220 mm across on a 114 mm pipe and about 22 mm thick: 1.9 and 0.2 pipe diameters. */
export const FLANGE_DIAMETER = 1.9
export const FLANGE_THICKNESS = 0.2

/** The flanges are the widest thing round the pipe. */
const spec = (p: RunParams): RunSpec => runSpec(p, (FLANGE_DIAMETER * p.diameterMm) / 2)

/**
 * A pipe with flanged elbows in the x-y plane: along the floor, up, and with two bends over again along
 * the top. A bolted pair of flanges stands at each end of each elbow. The default is a 4 in (114 mm) pipe
 * with long-radius elbows (1.5 diameters) at 1:35: 3.3 mm tube bent at 4.9 mm, running 2.1 m and rising 1.4 m.
 */
export const pipeRun = defineProp({
  kind: 'rust.pipe-run',
  label: 'Pipe with elbows',
  material: 'rust',
  params: {
    diameterMm: mm('Diameter', 3.3, 0.5, 50),
    runMm: mm('Run', 60, 5, 500),
    riseMm: mm('Rise', 40, 5, 500),
    bendRadiusMm: mm('Bend radius', 4.9, 0.3, 100),
    bends: count('Bends', 1, 1, 2),
  },
  size: (p) => vec3(p.runMm, p.riseMm, FLANGE_DIAMETER * p.diameterMm),
  check: (p) => bentRunIssue(spec(p), FLANGE_THICKNESS * p.diameterMm),
  pieces: (p) => {
    const run = bentRun(spec(p))
    const flanges = run.joints.map((j): Piece => ({
      shape: 'cylinder',
      at: j.at,
      radiusMm: (FLANGE_DIAMETER * p.diameterMm) / 2,
      lengthMm: 2 * FLANGE_THICKNESS * p.diameterMm,
      axis: j.axis,
    }))
    return [...runPieces(run, p.diameterMm / 2, p.bendRadiusMm), ...flanges]
  },
  parts: (p) => {
    const run = bentRun(spec(p))
    const straights = groupLengths(run.straights).map(({ lengthMm, count: n }): Part => ({
      stock: 'metal-tube',
      label: 'Straight',
      diameterMm: p.diameterMm,
      lengthMm,
      count: n,
    }))
    return [
      ...straights,
      {
        stock: 'metal-tube',
        label: 'Elbow (bent round a former)',
        diameterMm: p.diameterMm,
        lengthMm: (Math.PI * p.bendRadiusMm) / 2,
        count: p.bends,
      },
      {
        stock: 'styrene-sheet',
        label: 'Flange disc',
        thicknessMm: FLANGE_THICKNESS * p.diameterMm,
        lengthMm: FLANGE_DIAMETER * p.diameterMm,
        widthMm: FLANGE_DIAMETER * p.diameterMm,
        count: 2 * run.joints.length,
        grain: 'none',
      },
    ]
  },
})
