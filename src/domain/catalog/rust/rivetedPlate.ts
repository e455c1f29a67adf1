import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { countNearPitch, MAX_REPEATS, spreadCentres } from '../spacing'
import { defineProp, mm, type Piece } from '../types'

interface Plate {
  readonly lengthMm: number
  readonly widthMm: number
  readonly pitchMm: number
  readonly insetMm: number
}

/** A rivet head is drawn as a flat disc a third as high as it is wide (a real snap head is a dome). */
const HEAD_HEIGHT = 1 / 3

/**
 * One row of rivets along each edge, `inset` in from it; rows share their corner rivets. Counts come as
 * near the pitch as fits corner to corner.
 */
function rivets(p: Plate) {
  const spanX = p.lengthMm - 2 * p.insetMm
  const spanZ = p.widthMm - 2 * p.insetMm
  const alongX = countNearPitch(spanX, 0, p.pitchMm)
  const alongZ = countNearPitch(spanZ, 0, p.pitchMm)
  return {
    spanX,
    spanZ,
    alongX,
    alongZ,
    total: 2 * alongX + 2 * (alongZ - 2),
    pitchMm: Math.min(spanX / (alongX - 1), spanZ / (alongZ - 1)),
  }
}

/**
 * A steel plate lying flat with a row of rivets round its edge. The default is a 2.1 x 1.4 m plate at 1:35
 * of 20 thou (0.5 mm) styrene with 20 mm rivet heads at 75 mm pitch, 50 mm in from the edge.
 */
export const rivetedPlate = defineProp({
  kind: 'rust.riveted-plate',
  label: 'Riveted plate',
  material: 'rust',
  params: {
    lengthMm: mm('Length', 60, 5, 500),
    widthMm: mm('Width', 40, 5, 500),
    thicknessMm: mm('Thickness', 0.5, 0.2, 5),
    rivetMm: mm('Rivet diameter', 0.6, 0.2, 3),
    pitchMm: mm('Rivet pitch', 2.1, 0.5, 50),
    insetMm: mm('Inset from edge', 1.5, 0.2, 20),
  },
  size: (p) => vec3(p.lengthMm, p.thicknessMm + p.rivetMm * HEAD_HEIGHT, p.widthMm),
  check: (p) => {
    const r = rivets(p)
    return firstIssue([
      [p.insetMm < p.rivetMm / 2, 'insetMm', 'inset must be at least half the rivet diameter'],
      [r.spanX <= 0 || r.spanZ <= 0, 'insetMm', 'inset must be less than half the width of the plate'],
      [r.pitchMm <= p.rivetMm, 'pitchMm', 'rivets would touch: the pitch must be more than their diameter'],
      [r.total > MAX_REPEATS, 'pitchMm', `${r.total} rivets are too many: at most ${MAX_REPEATS}`],
    ])
  },
  pieces: (p) => {
    const r = rivets(p)
    const y = p.thicknessMm + (p.rivetMm * HEAD_HEIGHT) / 2
    const rivet = (x: number, z: number): Piece => ({
      shape: 'cylinder',
      at: vec3(x, y, z),
      radiusMm: p.rivetMm / 2,
      lengthMm: p.rivetMm * HEAD_HEIGHT,
      axis: 'y',
    })
    const xs = spreadCentres(r.alongX, r.spanX, 0)
    const zs = spreadCentres(r.alongZ, r.spanZ, 0).slice(1, -1)
    return [
      {
        shape: 'box',
        at: vec3(0, p.thicknessMm / 2, 0),
        size: vec3(p.lengthMm, p.thicknessMm, p.widthMm),
      },
      ...xs.flatMap((x) => [rivet(x, -r.spanZ / 2), rivet(x, r.spanZ / 2)]),
      ...zs.flatMap((z) => [rivet(-r.spanX / 2, z), rivet(r.spanX / 2, z)]),
    ]
  },
  parts: (p) => [
    {
      stock: 'styrene-sheet',
      label: 'Plate',
      thicknessMm: p.thicknessMm,
      lengthMm: p.lengthMm,
      widthMm: p.widthMm,
      count: 1,
      grain: 'none',
    },
    {
      stock: 'styrene-rod',
      label: 'Rivet head (sliced from rod)',
      diameterMm: p.rivetMm,
      lengthMm: p.rivetMm * HEAD_HEIGHT,
      count: rivets(p).total,
    },
  ],
})
