/**
 * The packing engine's vocabulary: what to cut (parts, pieces), what from (a sheet, bars of stock) and how the
 * result looks. Everything is model millimetres; x runs along the sheet width, y along its height.
 */

/** 'knife': any non-overlapping layout. 'guillotine': straight edge-to-edge cuts only (score-and-snap, saws). */
export type CutMode = 'knife' | 'guillotine'

export interface SheetPart {
  readonly id: string
  readonly widthMm: number
  readonly heightMm: number
  readonly count: number
  /** False keeps the part's orientation on the sheet (grained material); true allows a 90-degree turn. */
  readonly canRotate: boolean
}

export interface SheetSize {
  readonly widthMm: number
  readonly heightMm: number
}

/** How hard the search tries; the defaults suit an interactive cut list (well under a second for 100 parts). */
export interface SearchOptions {
  /** Seed of the improvement phase: the same request and seed give the same layout. */
  readonly seed?: number
  /**
   * Budget of the improvement phase in item placements tried (default DEFAULT_EFFORT, 1 000 000: up to about half
   * a second for 100 parts; DEFAULT_LENGTH_EFFORT for bars); 0 keeps only the constructive heuristics. Sheets
   * holding dozens of parts each make placements slower, so for several hundred parts pass timeLimitMs too.
   */
  readonly effort?: number
  /**
   * Wall-clock cap on the search. Without it (the default) the result is fully deterministic; with it, it is
   * deterministic only when the effort runs out first.
   */
  readonly timeLimitMs?: number
}

export interface PackSheetsRequest {
  readonly parts: readonly SheetPart[]
  readonly sheet: SheetSize
  /** Material lost in every cut between adjacent parts. Default 0.3 mm (a hobby knife). */
  readonly kerfMm?: number
  /** Trimmed off each of the four sheet edges before cutting parts. Default 0. */
  readonly trimMm?: number
  readonly mode: CutMode
  readonly search?: SearchOptions
}

export interface Placement {
  readonly partId: string
  /** Which copy of the part (0 .. count-1). */
  readonly copy: number
  /** Lower-left corner on the sheet, sheet edge (not trim line) at 0. */
  readonly xMm: number
  readonly yMm: number
  /** Size as placed: the part's width and height, swapped when rotated. */
  readonly widthMm: number
  readonly heightMm: number
  readonly rotated: boolean
}

/** A straight cut: along x = atMm (axis 'x', a vertical line) or y = atMm (axis 'y'), from fromMm to toMm. */
export interface Cut {
  readonly axis: 'x' | 'y'
  /** Position of the cut's centre line (middle of the kerf). */
  readonly atMm: number
  readonly fromMm: number
  readonly toMm: number
}

export interface PackedSheet {
  readonly placements: readonly Placement[]
  /** Share of the whole sheet (trim included) not covered by parts, in percent. */
  readonly wastePct: number
  readonly cutCount: number
  readonly cutLengthMm: number
  /** Suggested order of the cuts: the guillotine sequence, or for a knife the long through-cuts first. */
  readonly cuts: readonly Cut[]
}

export interface UnplacedPart {
  readonly partId: string
  readonly count: number
  /**
   * 'too-big': larger than the sheet (or every bar) in every allowed orientation. 'no-stock': bars only: it fits
   * an offcut, but the offcuts are used up and no unlimited stock is long enough.
   */
  readonly reason: 'too-big' | 'no-stock'
}

export interface PackSheetsResult {
  readonly sheets: readonly PackedSheet[]
  readonly unplaced: readonly UnplacedPart[]
  /** No layout of the placeable parts uses fewer sheets than this (so sheets.length === lowerBound is optimal). */
  readonly lowerBound: number
}

export interface LengthPiece {
  readonly id: string
  readonly lengthMm: number
  readonly count: number
}

export interface StockLength {
  readonly lengthMm: number
  /** How many are at hand (offcuts); these are used before unlimited stock. Omitted: as many as needed. */
  readonly available?: number
}

export interface CutLengthsRequest {
  readonly pieces: readonly LengthPiece[]
  readonly stock: readonly StockLength[]
  /** Default 0.3 mm. */
  readonly kerfMm?: number
  /** Trimmed off each end of every bar. Default 0. */
  readonly trimMm?: number
  readonly search?: SearchOptions
}

export interface BarCut {
  readonly pieceId: string
  readonly copy: number
  /** Where the piece starts along the bar, bar end (not trim) at 0. */
  readonly startMm: number
  readonly lengthMm: number
}

export interface CutBar {
  /** Index into request.stock. */
  readonly stockIndex: number
  readonly stockLengthMm: number
  readonly pieces: readonly BarCut[]
  /** Centre lines of the cuts to make, in order along the bar (trim cuts included). */
  readonly cutPositionsMm: readonly number[]
  /** Bar length not in pieces (kerf, trim and offcut), in mm and percent of the bar. */
  readonly wasteMm: number
  readonly wastePct: number
}

export interface CutLengthsResult {
  readonly bars: readonly CutBar[]
  readonly unplaced: readonly UnplacedPart[]
  /** Sum of the stock lengths of all bars used. */
  readonly stockUsedMm: number
}
