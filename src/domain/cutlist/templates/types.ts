/**
 * Printable 1:1 cutting templates: every flat part drawn at true size on A4 or Letter pages, to glue on balsa or
 * styrene sheet and cut along the lines. Layout sizes are millimetres on the printed page, origin at the page's
 * bottom-left corner (as in PDF), x to the right, y up.
 */

export interface TemplatePart {
  /** Stable key. */
  readonly id: string
  /** E.g. "Plank". User text: printed as is, never interpreted. */
  readonly label: string
  /** Which props the part is for, e.g. "Plank floor 1, Crate 2"; may be ''. */
  readonly source: string
  /** Across the grain. */
  readonly widthMm: number
  /** Along the grain. */
  readonly lengthMm: number
  /** Printed in the label, e.g. "1.5 mm balsa sheet". */
  readonly thicknessMm: number
  readonly material: string
  /** How many copies to draw. */
  readonly count: number
  /** A grain arrow is drawn along the part's length (or width) unless 'none'. */
  readonly grain: 'length' | 'width' | 'none'
}

export type PaperSize = 'a4' | 'letter'

export interface TemplateOptions {
  readonly paper: PaperSize
  /** Blank border on every side, 0 to 40 mm. Default 10. */
  readonly marginMm?: number
  /** Printed in every page header and set as the PDF title. Default "Cutting templates". */
  readonly title?: string
}

export interface RectMm {
  readonly xMm: number
  readonly yMm: number
  readonly widthMm: number
  readonly heightMm: number
}

export interface PointMm {
  readonly xMm: number
  readonly yMm: number
}

export interface SegmentMm {
  readonly from: PointMm
  readonly to: PointMm
}

/** Which sides of a tile are real edges of the part (cut lines); the others are joins to a neighbouring tile. */
export interface TileEdges {
  readonly left: boolean
  readonly right: boolean
  readonly bottom: boolean
  readonly top: boolean
}

/** One page-sized piece of a part too large for a page. */
export interface TileInfo {
  /** Row letter then column number: "B2". Rows count from the top of the part, columns from its left. */
  readonly name: string
  /** 1-based. */
  readonly row: number
  readonly rows: number
  /** 1-based. */
  readonly column: number
  readonly columns: number
  /** The piece of the part this tile shows, in the part's frame as laid on the page (0,0 = its bottom-left). */
  readonly regionMm: RectMm
  readonly cutEdges: TileEdges
}

/** One copy of a part (or one tile of it) as drawn on a page. */
export interface DrawnPart {
  readonly partId: string
  /** 1-based copy number, of count. */
  readonly copy: number
  readonly count: number
  /** True when turned 90 degrees: the part's length runs along the page's x axis. */
  readonly rotated: boolean
  /** The exact rectangle drawn: the whole part (widthMm x lengthMm, swapped when rotated), or the tile's piece. */
  readonly outlineMm: RectMm
  readonly tile: TileInfo | null
  /** Most important first; the writer drops the lines that do not fit labelBoxMm. */
  readonly labelLines: readonly string[]
  readonly labelBoxMm: RectMm
  /** False: the part is too small, and the label sits in a strip just above it. */
  readonly labelInside: boolean
  /** Double-headed arrow along the grain, or null for grain 'none'. */
  readonly grainArrowMm: SegmentMm | null
}

export interface TemplatePage {
  /** 1-based. */
  readonly number: number
  /** What is on the page: "Parts: Plank x12, Crate side x4" or "Roof board – tile B2 (row 2 of 3, column 2 of 2)". */
  readonly label: string
  /** Title, paper and page number; the print-at-100% note; the page label. */
  readonly headerLines: readonly string[]
  readonly headerBoxMm: RectMm
  /** Exactly CALIBRATION_SQUARE_MM on each side. */
  readonly calibrationSquareMm: RectMm
  readonly parts: readonly DrawnPart[]
  /** Centres of the crosshairs that line a tile up with its neighbours (the same part points on both pages). */
  readonly registrationMarksMm: readonly PointMm[]
}

export interface SkippedPart {
  readonly partId: string
  readonly reason: string
}

export interface TemplateLayout {
  readonly title: string
  readonly paper: PaperSize
  /** E.g. "A4 (210 x 297 mm)". */
  readonly paperName: string
  readonly pageWidthMm: number
  readonly pageHeightMm: number
  readonly marginMm: number
  /** The page minus its margins: everything drawn lies inside. */
  readonly printableMm: RectMm
  readonly pages: readonly TemplatePage[]
  /** Parts with no usable size or count, left out of the pages. */
  readonly skipped: readonly SkippedPart[]
}
