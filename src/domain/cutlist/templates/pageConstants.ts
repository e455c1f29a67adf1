/** The fixed sizes of a template page, in millimetres: paper, margins, header, calibration square, gaps. */
import type { PaperSize } from './types'

export const PAPER_MM: Readonly<Record<PaperSize, { widthMm: number; heightMm: number; name: string }>> = {
  a4: { widthMm: 210, heightMm: 297, name: 'A4 (210 x 297 mm)' },
  letter: { widthMm: 215.9, heightMm: 279.4, name: 'Letter (8.5 x 11 in)' },
}
export const DEFAULT_MARGIN_MM = 10
export const MAX_MARGIN_MM = 40
/** Top of the printable area: title and page number, the print-at-100% note, the page label. */
export const HEADER_HEIGHT_MM = 14
export const PRINT_NOTE = 'Print at 100% / actual size — check the 50 mm square'
/** At the bottom-left of every page: a ruler across it tells whether the printer scaled the page. */
export const CALIBRATION_SQUARE_MM = 50
/** Between parts, so each can be cut free without touching its neighbour's line. */
export const PART_GAP_MM = 3
/** Neighbouring tiles of a large part both show this strip, so the pages can be laid over each other. */
export const TILE_OVERLAP_MM = 10
/** Beyond these a part list is a mistake, not a plan: skipped rather than printed on hundreds of pages. */
export const MAX_COPIES = 1000
export const MAX_TILES_PER_COPY = 100
