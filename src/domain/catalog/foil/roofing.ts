import { vec3 } from '../../units/vec'
import { defineProp, mm, type OutlinePoint } from '../types'

interface Roof {
  readonly spanMm: number
  readonly riseMm: number
  readonly thicknessMm: number
  readonly courseMm: number
}

/** The pitch of the roof, from the rise of its underside over half the span. */
const pitchRad = (r: Roof): number => Math.atan2(r.riseMm, r.spanMm / 2)
/** The slab measured plumb: thicker than the board, the steeper the pitch. */
const plumbMm = (r: Roof): number => r.thicknessMm / Math.cos(pitchRad(r))
/** Eaves to ridge along one slope. */
export const slopeMm = (r: Roof): number => Math.hypot(r.spanMm / 2, r.riseMm)
/**
 * Strips of foil per slope, laid from the eaves up; the last one is trimmed at the ridge. A last strip
 * shorter than a hundredth of a course is not cut: the one below it reaches the ridge instead.
 */
export const coursesPerSlope = (r: Roof): number => Math.max(1, Math.ceil(slopeMm(r) / r.courseMm - 0.01))
/** Each strip laps a quarter of its exposure under the next one up. */
export const LAP_FRACTION = 0.25

/**
 * The gable end of the roof: a slab folded over the ridge, its top surface stepped where each strip of
 * foil laps over the one below (each strip dips by a hair towards its top edge, under the next butt). The
 * dip is plumb, so it never crosses the ridge however steep the roof.
 */
export function roofOutline(r: Roof): OutlinePoint[] {
  const half = r.spanMm / 2
  const a = pitchRad(r)
  const tv = plumbMm(r)
  const step = Math.min(0.15, r.thicknessMm / 4)
  const m = coursesPerSlope(r)
  // Left slope, eaves to ridge (the ridge point itself is added once, below).
  const left: OutlinePoint[] = []
  for (let k = 0; k < m; k++) {
    const s = k * r.courseMm
    left.push({ x: -half + s * Math.cos(a), y: tv + s * Math.sin(a) })
    if (k < m - 1) {
      const top = (k + 1) * r.courseMm
      left.push({ x: -half + top * Math.cos(a), y: tv + top * Math.sin(a) - step })
    }
  }
  const right = left.map((q) => ({ x: -q.x, y: q.y })).reverse()
  return [
    { x: -half, y: 0 },
    ...left,
    { x: 0, y: r.riseMm + tv },
    ...right,
    { x: half, y: 0 },
    { x: 0, y: r.riseMm },
  ]
}

/**
 * A gable roof of foil strips over balsa boards, the ridge along z. Roll roofing is laid in courses from the
 * eaves up; the default is a 2.1 m span, 30° pitch (0.6 m rise) over 2.8 m at 1:35, with a 350 mm exposure
 * (10 mm) on 1.5 mm boards.
 */
export const roofing = defineProp({
  kind: 'foil.roofing',
  label: 'Foil roofing (gable)',
  material: 'foil',
  params: {
    spanMm: mm('Span', 60, 5, 500),
    lengthMm: mm('Length', 80, 5, 500),
    riseMm: mm('Rise', 17, 1, 300),
    thicknessMm: mm('Board thickness', 1.5, 0.5, 10),
    courseMm: mm('Course exposure', 10, 2, 100),
  },
  size: (p) => vec3(p.spanMm, p.riseMm + plumbMm(p), p.lengthMm),
  pieces: (p) => [{ shape: 'prism', at: vec3(0, 0, 0), outline: roofOutline(p), depthMm: p.lengthMm }],
  parts: (p) => [
    {
      stock: 'balsa-sheet',
      label: 'Roof board',
      thicknessMm: p.thicknessMm,
      lengthMm: p.lengthMm,
      widthMm: slopeMm(p),
      count: 2,
      grain: 'length',
    },
    {
      stock: 'kitchen-foil',
      label: 'Roofing strip',
      areaMm2: p.courseMm * (1 + LAP_FRACTION) * p.lengthMm,
      count: 2 * coursesPerSlope(p),
    },
  ],
})
