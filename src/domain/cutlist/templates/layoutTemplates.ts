/**
 * Lays out 1:1 cutting templates: every copy of every part as a true-size rectangle, packed in shelves (rows) over
 * A4 or Letter pages, each page with a header and a 50 mm calibration square. A part too large for a page is split
 * into overlapping tiles, one per page (tileParts.ts). Pure: templatesPdf.ts only draws what this returns.
 */
import { drawnPart, dress, grainAxis, pageSize, type DressedCopy, type Size } from './drawnPart'
import {
  CALIBRATION_SQUARE_MM,
  DEFAULT_MARGIN_MM,
  HEADER_HEIGHT_MM,
  MAX_COPIES,
  MAX_MARGIN_MM,
  MAX_TILES_PER_COPY,
  PAPER_MM,
  PART_GAP_MM,
  PRINT_NOTE,
} from './pageConstants'
import { rect, topOf } from './rectMm'
import { tilePart } from './tileParts'
import type {
  DrawnPart,
  PointMm,
  RectMm,
  SkippedPart,
  TemplateLayout,
  TemplateOptions,
  TemplatePart,
} from './types'

const EPS = 1e-9

/** A row of columns across the parts area; parts narrower than a column stack up in it. */
interface Shelf {
  readonly yMm: number
  heightMm: number
  /** Where the next column starts, from the left of the parts area. */
  nextXMm: number
  readonly columns: Column[]
}
interface Column {
  readonly xMm: number
  readonly widthMm: number
  usedMm: number
}
interface SheetPage {
  readonly shelves: Shelf[]
  readonly parts: DrawnPart[]
  refused: Size | null
}
interface PageDraft {
  readonly label: string
  readonly parts: readonly DrawnPart[]
  readonly marksMm: readonly PointMm[]
}

export function layoutTemplates(parts: readonly TemplatePart[], options: TemplateOptions): TemplateLayout {
  const paper = PAPER_MM[options.paper]
  const marginMm = options.marginMm ?? DEFAULT_MARGIN_MM
  if (!(marginMm >= 0 && marginMm <= MAX_MARGIN_MM)) {
    throw new RangeError(`marginMm must be between 0 and ${MAX_MARGIN_MM}, got ${marginMm}`)
  }
  const title = options.title ?? 'Cutting templates'
  const printableMm = rect(marginMm, marginMm, paper.widthMm - 2 * marginMm, paper.heightMm - 2 * marginMm)
  const headerBoxMm = rect(
    marginMm,
    topOf(printableMm) - HEADER_HEIGHT_MM,
    printableMm.widthMm,
    HEADER_HEIGHT_MM,
  )
  const areaMm = rect(marginMm, marginMm, printableMm.widthMm, headerBoxMm.yMm - PART_GAP_MM - marginMm)

  const skipped: SkippedPart[] = []
  const copies: DressedCopy[] = []
  const tilePages: PageDraft[] = []
  for (const part of parts) {
    const problem = checkPart(part)
    if (problem) {
      skipped.push({ partId: part.id, reason: problem })
    } else if (!queueWhole(part, areaMm, copies)) {
      const tiles = tilePart(part, areaMm)
      if (!tiles)
        skipped.push({ partId: part.id, reason: `needs more than ${MAX_TILES_PER_COPY} pages per copy` })
      for (const t of tiles ?? []) tilePages.push({ label: t.label, parts: [t.part], marksMm: t.marksMm })
    }
  }
  // Tallest first, so each shelf is as high as its first part and the rest fill it (first fit decreasing height).
  copies.sort((a, b) => b.dressed.footprint.heightMm - a.dressed.footprint.heightMm)
  const sheets = packShelves(copies, areaMm).map((drawn) => ({
    label: sheetLabel(drawn, parts),
    parts: drawn,
  }))
  const drafts: PageDraft[] = [...sheets.map((sheet) => ({ ...sheet, marksMm: [] })), ...tilePages]
  if (drafts.length === 0) drafts.push({ label: 'No flat parts to cut', parts: [], marksMm: [] })

  const calibrationSquareMm = rect(marginMm, marginMm, CALIBRATION_SQUARE_MM, CALIBRATION_SQUARE_MM)
  const pages = drafts.map((draft, i) => ({
    number: i + 1,
    label: draft.label,
    headerLines: [`${title} — ${paper.name} — Page ${i + 1} of ${drafts.length}`, PRINT_NOTE, draft.label],
    headerBoxMm,
    calibrationSquareMm,
    parts: draft.parts,
    registrationMarksMm: draft.marksMm,
  }))
  const { widthMm: pageWidthMm, heightMm: pageHeightMm, name: paperName } = paper
  const page = { paper: options.paper, paperName, pageWidthMm, pageHeightMm, marginMm, printableMm }
  return { title, ...page, pages, skipped }
}

function checkPart(part: TemplatePart): string | null {
  const sizes = [part.widthMm, part.lengthMm]
  if (!sizes.every((mm) => Number.isFinite(mm) && mm > 0)) return 'width and length must be positive numbers'
  if (!(Number.isInteger(part.count) && part.count >= 1)) return 'count must be a whole number of at least 1'
  if (part.count > MAX_COPIES) return `more than ${MAX_COPIES} copies`
  return null
}

/** Queues every copy, turned whichever way makes the lower shelf; false when the part needs tiling. */
function queueWhole(part: TemplatePart, areaMm: RectMm, copies: DressedCopy[]): boolean {
  const fitting = [false, true]
    .map((rotated) => ({ rotated, dressed: dress(pageSize(part, rotated), grainAxis(part, rotated)) }))
    .filter(({ dressed }) => fitsSheet(dressed.footprint, areaMm))
    .sort((a, b) => a.dressed.footprint.heightMm - b.dressed.footprint.heightMm)
  const best = fitting[0]
  if (!best) return false
  for (let copy = 1; copy <= part.count; copy++) copies.push({ part, copy, ...best })
  return true
}

/** The calibration square sits at the bottom-left of every page, so a part must fit beside it or above it. */
function fitsSheet(size: Size, areaMm: RectMm): boolean {
  const squareMm = CALIBRATION_SQUARE_MM + PART_GAP_MM
  const { widthMm, heightMm } = size
  const aboveSquare = widthMm <= areaMm.widthMm + EPS && heightMm <= areaMm.heightMm - squareMm + EPS
  const besideSquare = widthMm <= areaMm.widthMm - squareMm + EPS && heightMm <= areaMm.heightMm + EPS
  return aboveSquare || besideSquare
}

/**
 * First fit over the shelves of all pages: stack on a column of a shelf, else open a column, else a shelf. Every
 * page starts with a shelf whose first column holds the calibration square; the top shelf of a page may grow
 * while there is room above it.
 */
function packShelves(copies: readonly DressedCopy[], areaMm: RectMm): DrawnPart[][] {
  const pages: SheetPage[] = []
  for (const item of copies) {
    if (pages.some((page) => placeOnPage(page, item, areaMm))) continue
    const square = { xMm: 0, widthMm: CALIBRATION_SQUARE_MM, usedMm: CALIBRATION_SQUARE_MM }
    const nextXMm = CALIBRATION_SQUARE_MM + PART_GAP_MM
    const shelves = [{ yMm: 0, heightMm: CALIBRATION_SQUARE_MM, nextXMm, columns: [square] }]
    const page: SheetPage = { shelves, parts: [], refused: null }
    pages.push(page)
    // fitsSheet guarantees room on an empty page.
    if (!placeOnPage(page, item, areaMm)) throw new Error('template layout: no room for a part on a new page')
  }
  return pages.map((page) => page.parts)
}

function placeOnPage(page: SheetPage, item: DressedCopy, areaMm: RectMm): boolean {
  const { widthMm, heightMm } = item.dressed.footprint
  // A page that refused a footprint refuses any as wide and as high until it changes: copies of a part come one
  // after another, so a thousand of them do not each search every full page.
  if (page.refused && widthMm >= page.refused.widthMm && heightMm >= page.refused.heightMm) return false
  const put = (xMm: number, yMm: number) => {
    page.parts.push(drawnPart(item, areaMm.xMm + xMm, areaMm.yMm + yMm))
    page.refused = null
    return true
  }
  const topShelf = page.shelves[page.shelves.length - 1] as Shelf
  for (const shelf of page.shelves) {
    const column = shelf.columns.find(
      (c) => widthMm <= c.widthMm + EPS && c.usedMm + PART_GAP_MM + heightMm <= shelf.heightMm + EPS,
    )
    if (column) {
      column.usedMm += PART_GAP_MM + heightMm
      return put(column.xMm, shelf.yMm + column.usedMm - heightMm)
    }
    const roomMm = shelf === topShelf ? areaMm.heightMm - shelf.yMm : shelf.heightMm
    if (shelf.nextXMm + widthMm <= areaMm.widthMm + EPS && heightMm <= roomMm + EPS) {
      return put(openColumn(shelf, widthMm, heightMm), shelf.yMm)
    }
  }
  const yMm = topShelf.yMm + topShelf.heightMm + PART_GAP_MM
  if (yMm + heightMm > areaMm.heightMm + EPS) {
    page.refused = item.dressed.footprint
    return false
  }
  const shelf = { yMm, heightMm, nextXMm: 0, columns: [] }
  page.shelves.push(shelf)
  return put(openColumn(shelf, widthMm, heightMm), yMm)
}

/** Opens a column at the shelf's free end and returns its x. */
function openColumn(shelf: Shelf, widthMm: number, heightMm: number): number {
  const xMm = shelf.nextXMm
  shelf.columns.push({ xMm, widthMm, usedMm: heightMm })
  shelf.heightMm = Math.max(shelf.heightMm, heightMm)
  shelf.nextXMm += widthMm + PART_GAP_MM
  return xMm
}

/** "Parts: Plank x12, Crate side x4", in the order the parts appear on the page. */
function sheetLabel(drawn: readonly DrawnPart[], parts: readonly TemplatePart[]): string {
  const counts = new Map<string, number>()
  for (const d of drawn) counts.set(d.partId, (counts.get(d.partId) ?? 0) + 1)
  const labels = new Map(parts.map((p) => [p.id, p.label]))
  return `Parts: ${[...counts].map(([id, n]) => `${labels.get(id) ?? id} x${n}`).join(', ')}`
}
