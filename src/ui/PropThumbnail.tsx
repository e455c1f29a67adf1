import { memo } from 'react'
import { defaultParams } from '../domain/catalog'
import { extentOf } from '../domain/catalog/pieceBounds'
import type { MaterialKind, Piece, PropFamily } from '../domain/catalog/types'

const COLOURS: Record<MaterialKind, readonly [number, number, number]> = {
  balsa: [227, 203, 156],
  foil: [200, 204, 210],
  rust: [150, 78, 40],
  plaster: [233, 228, 216],
  plastic: [214, 220, 226],
}
const COS30 = Math.cos(Math.PI / 6)
const SIN30 = 0.5

type Face = { points: string; fill: string; depth: number }

const shade = (rgb: readonly [number, number, number], f: number) =>
  `rgb(${Math.round(rgb[0] * f)},${Math.round(rgb[1] * f)},${Math.round(rgb[2] * f)})`

/** The three faces an isometric view from front-right-above sees of a piece's box, with their painter's depth. */
function boxFaces(p: Piece, fallback: MaterialKind): Face[] {
  const { min, max } = extentOf(p)
  const rgb = COLOURS[p.material ?? fallback]
  const iso = (x: number, y: number, z: number) =>
    `${((x - z) * COS30).toFixed(2)},${(-y + (x + z) * SIN30).toFixed(2)}`
  const [x0, x1, y0, y1, z0, z1] = [min.x, max.x, min.y, max.y, min.z, max.z]
  const depth = (x0 + x1 + y0 + y1 + z0 + z1) / 2
  return [
    {
      points: [iso(x0, y1, z0), iso(x1, y1, z0), iso(x1, y1, z1), iso(x0, y1, z1)].join(' '),
      fill: shade(rgb, 1),
      depth,
    },
    {
      points: [iso(x1, y0, z0), iso(x1, y1, z0), iso(x1, y1, z1), iso(x1, y0, z1)].join(' '),
      fill: shade(rgb, 0.78),
      depth,
    },
    {
      points: [iso(x0, y0, z1), iso(x1, y0, z1), iso(x1, y1, z1), iso(x0, y1, z1)].join(' '),
      fill: shade(rgb, 0.62),
      depth,
    },
  ]
}

const cache = new Map<string, { faces: Face[]; viewBox: string }>()

function drawing(family: PropFamily) {
  let d = cache.get(family.kind)
  if (!d) {
    const pieces = family.pieces(defaultParams(family)).slice(0, 400)
    const faces = pieces.flatMap((p) => boxFaces(p, family.material)).sort((a, b) => a.depth - b.depth)
    const xs: number[] = []
    const ys: number[] = []
    for (const f of faces)
      for (const pt of f.points.split(' ')) {
        const [x, y] = pt.split(',').map(Number)
        xs.push(x ?? 0)
        ys.push(y ?? 0)
      }
    const minX = Math.min(...xs)
    const minY = Math.min(...ys)
    const w = Math.max(...xs) - minX
    const h = Math.max(...ys) - minY
    const pad = Math.max(w, h) * 0.06
    d = { faces, viewBox: `${minX - pad} ${minY - pad} ${w + 2 * pad} ${h + 2 * pad}` }
    cache.set(family.kind, d)
  }
  return d
}

/** A small isometric drawing of a family at its default size, drawn from its own pieces: no image files. */
export const PropThumbnail = memo(function PropThumbnail({ family }: { readonly family: PropFamily }) {
  const { faces, viewBox } = drawing(family)
  return (
    <svg className="thumb" viewBox={viewBox} aria-hidden="true" preserveAspectRatio="xMidYMid meet">
      {faces.map((f, i) => (
        <polygon
          key={i}
          points={f.points}
          fill={f.fill}
          stroke="rgb(0 0 0 / 0.25)"
          strokeWidth="0.2%"
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </svg>
  )
})
