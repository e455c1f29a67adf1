import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { count, defineProp, mm, type OutlinePoint, type Piece } from '../types'

interface Flight {
  readonly steps: number
  readonly riseMm: number
  readonly goingMm: number
  readonly treadMm: number
}

/**
 * A cut stringer seen from the side, in the prop's x-y frame, climbing towards +x: a sawtooth that carries
 * each tread, over a straight underside one rise plus one tread below the tread tops (what is left after
 * notching is a full rise deep). Where that underside would dip below the floor, the stringer sits flat.
 */
export function stringerOutline({ steps: n, riseMm: r, goingMm: g, treadMm: t }: Flight): OutlinePoint[] {
  const x0 = (-n * g) / 2
  const under = r + t
  const points: OutlinePoint[] = [{ x: x0, y: 0 }]
  for (let i = 0; i < n; i++)
    points.push({ x: x0 + i * g, y: (i + 1) * r - t }, { x: x0 + (i + 1) * g, y: (i + 1) * r - t })
  const backFoot = n * r - under
  if (backFoot > 0) points.push({ x: -x0, y: backFoot }, { x: x0 + (under * g) / r, y: 0 })
  else points.push({ x: -x0, y: 0 })
  return points
}

/** The board a stringer is marked out on: its length along the pitch and its width across it. */
export function stringerBlank(flight: Flight): { lengthMm: number; widthMm: number } {
  const h = Math.hypot(flight.goingMm, flight.riseMm)
  const along = (q: OutlinePoint) => (q.x * flight.goingMm + q.y * flight.riseMm) / h
  const across = (q: OutlinePoint) => (q.y * flight.goingMm - q.x * flight.riseMm) / h
  const outline = stringerOutline(flight)
  const range = (f: (q: OutlinePoint) => number) => Math.max(...outline.map(f)) - Math.min(...outline.map(f))
  return { lengthMm: range(along), widthMm: range(across) }
}

/**
 * A straight flight of open-riser stairs climbing towards +x: two cut stringers with treads across them.
 * The default is a 0.9 m wide flight of six 175 mm rises and 245 mm goings at 1:35 (26 mm wide, 5 mm rise,
 * 7 mm going), 35 mm treads and 50 mm stringers (1 and 1.5 mm).
 */
export const stairs = defineProp({
  kind: 'balsa.stairs',
  label: 'Stairs',
  material: 'balsa',
  params: {
    widthMm: mm('Width', 26, 5, 200),
    riseMm: mm('Rise', 5, 1, 20),
    goingMm: mm('Going', 7, 1, 30),
    steps: count('Steps', 6, 1, 30),
    treadMm: mm('Tread thickness', 1, 0.3, 5),
    stringerMm: mm('Stringer thickness', 1.5, 0.5, 10),
  },
  size: (p) => vec3(p.steps * p.goingMm, p.steps * p.riseMm, p.widthMm),
  check: (p) =>
    firstIssue([
      [p.treadMm >= p.riseMm, 'treadMm', 'tread thickness must be less than the rise'],
      [2 * p.stringerMm >= p.widthMm, 'stringerMm', 'stringer thickness must be less than half the width'],
    ]),
  pieces: (p) => {
    const outline = stringerOutline(p)
    const stringer = (z: number): Piece => ({
      shape: 'prism',
      at: vec3(0, 0, z),
      outline,
      depthMm: p.stringerMm,
    })
    const x0 = (-p.steps * p.goingMm) / 2
    const treads = Array.from({ length: p.steps }, (_, i): Piece => ({
      shape: 'box',
      at: vec3(x0 + (i + 0.5) * p.goingMm, (i + 1) * p.riseMm - p.treadMm / 2, 0),
      size: vec3(p.goingMm, p.treadMm, p.widthMm),
      grain: 'z',
    }))
    const sz = p.widthMm / 2 - p.stringerMm / 2
    return [stringer(-sz), stringer(sz), ...treads]
  },
  parts: (p) => [
    {
      stock: 'balsa-sheet',
      label: 'Stringer',
      thicknessMm: p.stringerMm,
      ...stringerBlank(p),
      count: 2,
      grain: 'length',
    },
    {
      stock: 'balsa-sheet',
      label: 'Tread',
      thicknessMm: p.treadMm,
      lengthMm: p.widthMm,
      widthMm: p.goingMm,
      count: p.steps,
      grain: 'length',
    },
  ],
})
