import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { countNearPitch, MAX_REPEATS, spreadCentres } from '../spacing'
import { defineProp, mm, type Piece } from '../types'

interface Grate {
  readonly lengthMm: number
  readonly widthMm: number
  readonly pitchMm: number
  readonly barMm: number
}

/** Bars each way, the outer ones on the edges (they are the binding bars), and how far apart they land. */
function bars(g: Grate) {
  const along = countNearPitch(g.widthMm, g.barMm, g.pitchMm)
  const across = countNearPitch(g.lengthMm, g.barMm, g.pitchMm)
  return {
    along,
    across,
    alongPitchMm: (g.widthMm - g.barMm) / (along - 1),
    acrossPitchMm: (g.lengthMm - g.barMm) / (across - 1),
  }
}

/**
 * A welded steel grating lying flat: bearing bars along x, cross bars along z half as deep set into their
 * tops. Bar counts come as near the pitch as fits edge to edge. The default is a 1.4 x 0.9 m panel of 40 mm
 * mesh, 10 mm bars and 28 mm deep bearing bars at 1:35, cut from styrene strip.
 */
export const meshGrate = defineProp({
  kind: 'rust.mesh-grate',
  label: 'Mesh grate',
  material: 'rust',
  params: {
    lengthMm: mm('Length', 40, 5, 300),
    widthMm: mm('Width', 25, 5, 300),
    pitchMm: mm('Mesh pitch', 1.2, 0.5, 20),
    barMm: mm('Bar thickness', 0.3, 0.1, 3),
    depthMm: mm('Bar depth', 0.8, 0.2, 10),
  },
  size: (p) => vec3(p.lengthMm, p.depthMm, p.widthMm),
  check: (p) => {
    const b = bars(p)
    return firstIssue([
      [
        Math.min(b.alongPitchMm, b.acrossPitchMm) <= p.barMm,
        'barMm',
        'bars would touch: they must be thinner than the mesh pitch',
      ],
      [
        Math.max(b.along, b.across) > MAX_REPEATS,
        'pitchMm',
        `${Math.max(b.along, b.across)} bars one way are too many: at most ${MAX_REPEATS}, so widen the pitch`,
      ],
    ])
  },
  pieces: (p) => {
    const b = bars(p)
    return [
      ...spreadCentres(b.along, p.widthMm, p.barMm).map((z): Piece => ({
        shape: 'box',
        at: vec3(0, p.depthMm / 2, z),
        size: vec3(p.lengthMm, p.depthMm, p.barMm),
      })),
      ...spreadCentres(b.across, p.lengthMm, p.barMm).map((x): Piece => ({
        shape: 'box',
        at: vec3(x, (3 * p.depthMm) / 4, 0),
        size: vec3(p.barMm, p.depthMm / 2, p.widthMm),
      })),
    ]
  },
  parts: (p) => {
    const b = bars(p)
    return [
      {
        stock: 'styrene-sheet',
        label: 'Bearing bar',
        thicknessMm: p.barMm,
        lengthMm: p.lengthMm,
        widthMm: p.depthMm,
        count: b.along,
        grain: 'none',
      },
      {
        stock: 'styrene-sheet',
        label: 'Cross bar',
        thicknessMm: p.barMm,
        lengthMm: p.widthMm,
        widthMm: p.depthMm / 2,
        count: b.across,
        grain: 'none',
      },
    ]
  },
})
