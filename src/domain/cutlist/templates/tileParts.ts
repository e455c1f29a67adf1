/**
 * A part larger than a page, split into equal overlapping tiles, one page each. Neighbouring tiles share a
 * TILE_OVERLAP_MM strip with registration marks in it, so the printed pages can be laid mark on mark.
 */
import { drawnPart, dress, grainAxis, LABEL_ROOM_MM, pageSize, type Axis } from './drawnPart'
import { CALIBRATION_SQUARE_MM, MAX_TILES_PER_COPY, PART_GAP_MM, TILE_OVERLAP_MM } from './pageConstants'
import { movePoint, moveRect, rect, rightOf, topOf } from './rectMm'
import type { DrawnPart, PointMm, RectMm, TemplatePart, TileEdges } from './types'

const EPS = 1e-9

export interface TilePage {
  readonly label: string
  readonly part: DrawnPart
  readonly marksMm: readonly PointMm[]
}

/**
 * Tiles for every copy of the part, or null when a copy would take more than MAX_TILES_PER_COPY pages. Each tile
 * sits at the top-left of the parts area, above the calibration square, with room for a label strip.
 */
export function tilePart(part: TemplatePart, areaMm: RectMm): TilePage[] | null {
  const room = {
    widthMm: areaMm.widthMm,
    heightMm: areaMm.heightMm - CALIBRATION_SQUARE_MM - PART_GAP_MM - LABEL_ROOM_MM,
  }
  const plans = [false, true].map((rotated) => {
    const size = pageSize(part, rotated)
    const columns = tileCount(size.widthMm, room.widthMm)
    const rows = tileCount(size.heightMm, room.heightMm)
    return { rotated, size, columns, rows }
  })
  const plan = plans.reduce((best, p) => (p.columns * p.rows < best.columns * best.rows ? p : best))
  const { rotated, size, columns, rows } = plan
  if (columns * rows > MAX_TILES_PER_COPY) return null

  // n steps plus one overlap span the part exactly (a single tile's step is the part less the overlap).
  const stepXMm = (size.widthMm - TILE_OVERLAP_MM) / columns
  const stepYMm = (size.heightMm - TILE_OVERLAP_MM) / rows
  const tileSize = { widthMm: stepXMm + TILE_OVERLAP_MM, heightMm: stepYMm + TILE_OVERLAP_MM }
  const dressed = dress(tileSize, grainAxis(part, rotated))
  const at = { xMm: areaMm.xMm, yMm: topOf(areaMm) - dressed.footprint.heightMm }
  const pages: TilePage[] = []
  for (let copy = 1; copy <= part.count; copy++) {
    for (let row = 1; row <= rows; row++) {
      for (let column = 1; column <= columns; column++) {
        const regionMm = rect(
          (column - 1) * stepXMm,
          size.heightMm - (row - 1) * stepYMm - tileSize.heightMm,
          tileSize.widthMm,
          tileSize.heightMm,
        )
        const name = `${rowName(row - 1)}${column}`
        const cutEdges = {
          left: column === 1,
          right: column === columns,
          bottom: row === rows,
          top: row === 1,
        }
        const tile = { name, row, rows, column, columns, regionMm, cutEdges }
        const whole = drawnPart({ part, copy, rotated, dressed }, at.xMm, at.yMm, name)
        const drawn = { ...whole, ...clearOfJoins(whole, cutEdges, grainAxis(part, rotated)), tile }
        const toPage = { xMm: at.xMm - regionMm.xMm, yMm: at.yMm - regionMm.yMm }
        const marksMm = registrationMarks(regionMm, cutEdges).map((p) => movePoint(p, toPage))
        const copyText = part.count > 1 ? ` ${copy}/${part.count}` : ''
        const where = `(row ${row} of ${rows}, column ${column} of ${columns})`
        pages.push({ label: `${part.label}${copyText} – tile ${name} ${where}`, part: drawn, marksMm })
      }
    }
  }
  return pages
}

/**
 * Moves an inside label and arrow off the overlap strips, where they would clash with the registration marks and
 * be printed twice. A tile too small for that keeps them where they were.
 */
function clearOfJoins(drawn: DrawnPart, edges: TileEdges, axis: Axis | null): Partial<DrawnPart> {
  if (!drawn.labelInside) return {}
  const join = (cut: boolean) => (cut ? 0 : TILE_OVERLAP_MM)
  const o = drawn.outlineMm
  const at = { xMm: o.xMm + join(edges.left), yMm: o.yMm + join(edges.bottom) }
  const widthMm = o.widthMm - join(edges.left) - join(edges.right)
  const heightMm = o.heightMm - join(edges.bottom) - join(edges.top)
  const inner = dress({ widthMm, heightMm }, axis)
  if (!inner.labelInside) return {}
  const arrow = inner.grainArrowMm
  return {
    labelBoxMm: moveRect(inner.labelBoxMm, at),
    grainArrowMm: arrow && { from: movePoint(arrow.from, at), to: movePoint(arrow.to, at) },
  }
}

/** How many tiles of at most roomMm cover lengthMm when neighbours overlap. */
function tileCount(lengthMm: number, roomMm: number): number {
  if (lengthMm <= roomMm + EPS) return 1
  return Math.ceil((lengthMm - TILE_OVERLAP_MM) / (roomMm - TILE_OVERLAP_MM) - EPS)
}

/**
 * Crosshairs in the middle of each overlap strip, near both of its ends. Both tiles beside a strip get the same
 * part points, so the marks coincide when the pages are aligned.
 */
function registrationMarks(regionMm: RectMm, cutEdges: TileEdges): PointMm[] {
  const half = TILE_OVERLAP_MM / 2
  const insetX = Math.min(half, regionMm.widthMm / 2)
  const insetY = Math.min(half, regionMm.heightMm / 2)
  const [left, right, bottom, top] = [regionMm.xMm, rightOf(regionMm), regionMm.yMm, topOf(regionMm)]
  const alongY = [bottom + insetY, top - insetY]
  const alongX = [left + insetX, right - insetX]
  const marks: PointMm[] = [
    ...(cutEdges.left ? [] : alongY.map((yMm) => ({ xMm: left + half, yMm }))),
    ...(cutEdges.right ? [] : alongY.map((yMm) => ({ xMm: right - half, yMm }))),
    ...(cutEdges.bottom ? [] : alongX.map((xMm) => ({ xMm, yMm: bottom + half }))),
    ...(cutEdges.top ? [] : alongX.map((xMm) => ({ xMm, yMm: top - half }))),
  ]
  // Where two strips cross, both give the same corner mark.
  const unique = new Map(marks.map((p) => [`${p.xMm.toFixed(6)},${p.yMm.toFixed(6)}`, p]))
  return [...unique.values()]
}

/** A, B, ... Z, AA, AB, ... */
const rowName = (i: number): string =>
  (i >= 26 ? rowName(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26))
