import type { MaterialKind, StockKind } from '../catalog/types'
import type { CutBar, CutMode, PackedSheet, SheetSize, UnplacedPart } from './packing/types'

/** How a part is measured: a flat piece, a length of round or profile stock, an area of foil, a cast volume. */
export type PartSize =
  | {
      readonly shape: 'flat'
      readonly thicknessMm: number
      readonly widthMm: number
      readonly lengthMm: number
    }
  | { readonly shape: 'length'; readonly diameterMm: number; readonly lengthMm: number }
  | { readonly shape: 'area'; readonly areaMm2: number }
  | { readonly shape: 'volume'; readonly volumeMm3: number }

/** One line of the cut list: identical parts (within the tolerance) gathered from every prop that yields them. */
export interface CutPart {
  /** Short tag shown on diagrams and templates: A, B, … Z, AA, AB … in cut-list order. */
  readonly tag: string
  readonly stock: StockKind
  /** The part names the props give ("Plank", "Side"), joined when grouped parts are named differently. */
  readonly label: string
  /** Which props it comes from, as the outliner names them, with counts ("Plank floor ×2, Crate"). */
  readonly props: string
  /** The material the props are drawn in (balsa, rust, …): what the part is meant to look like. */
  readonly material: MaterialKind
  /** The largest size in the group, so every grouped part can be cut from it. */
  readonly size: PartSize
  readonly count: number
  readonly grain: 'length' | 'width' | 'none'
}

/** Sheets and bars: cut to size from three dimensions. */
interface CutStock {
  readonly id: string
  readonly name: string
  readonly thicknessMm: number
  /** Across the grain; round and profile stock: the diameter (or profile height), as is `thicknessMm`. */
  readonly widthMm: number
  /** Along the grain for balsa. */
  readonly lengthMm: number
  readonly price: number
}

/** Something a maker buys (or already has, as an offcut). Prices are per piece in the workshop currency. */
export type StockItem =
  | (CutStock & { readonly form: 'sheet'; readonly stock: 'balsa-sheet' | 'styrene-sheet' })
  | (CutStock & {
      readonly form: 'bar'
      readonly stock:
        'balsa-strip' | 'balsa-dowel' | 'styrene-rod' | 'styrene-tube' | 'styrene-profile' | 'metal-tube'
    })
  | {
      readonly id: string
      readonly form: 'roll'
      readonly stock: 'kitchen-foil'
      readonly name: string
      readonly widthMm: number
      readonly lengthMm: number
      readonly price: number
    }
  | {
      readonly id: string
      readonly form: 'bag'
      readonly stock: 'plaster'
      readonly name: string
      readonly grams: number
      readonly price: number
    }

/** A piece the maker already has: a sheet or bar offcut, used before anything is bought. Free. */
export interface Offcut {
  readonly id: string
  readonly stock: StockKind
  readonly thicknessMm: number
  readonly widthMm: number
  readonly lengthMm: number
  readonly count: number
}

/** Minutes per task and the maker's rate, for pricing a commission. */
export interface EstimateRates {
  readonly minutesPerCut: number
  readonly minutesPerPart: number
  /** Painting, per 100 cm² of surface. */
  readonly minutesPerPaintDm2: number
  /** Weathering (rust, grime, chipping), per 100 cm² of weathered surface. */
  readonly minutesPerWeatheringDm2: number
  readonly setupMinutes: number
  readonly hourlyRate: number
}

/** The maker's workshop: stock and prices, offcuts, how they cut, and their rates. Kept per browser. */
export interface Workshop {
  readonly currency: string
  readonly stock: readonly StockItem[]
  readonly offcuts: readonly Offcut[]
  readonly kerfMm: number
  /** Trimmed off sheet edges and bar ends before parts are cut. */
  readonly trimMm: number
  readonly mode: CutMode
  /** Parts whose sizes differ by less than this are one line of the cut list. */
  readonly toleranceMm: number
  readonly rates: EstimateRates
}

/** One sheet of the plan: what it is, and the packed parts on it. */
export interface PlannedSheet {
  readonly stockId: string
  readonly name: string
  readonly size: SheetSize
  readonly offcut: boolean
  readonly layout: PackedSheet
}

export interface PlannedBar {
  readonly stockId: string
  readonly name: string
  readonly offcut: boolean
  readonly layout: CutBar
}

/** Parts cut from one kind of stock at one thickness or section: one set of diagrams. */
export type StockGroupPlan = GroupCommon &
  (
    | {
        readonly form: 'sheet'
        readonly grained: boolean
        readonly partTags: readonly string[]
        readonly sheets: readonly PlannedSheet[]
        readonly unplaced: readonly UnplacedPart[]
      }
    | {
        readonly form: 'bar'
        readonly partTags: readonly string[]
        readonly bars: readonly PlannedBar[]
        readonly unplaced: readonly UnplacedPart[]
      }
    | {
        readonly form: 'roll' | 'bag'
        readonly partTags: readonly string[]
        /** mm² of foil or grams of plaster powder needed. */
        readonly amount: number
        /** The cheapest mix of roll or bag sizes holding the amount. */
        readonly bought: readonly { readonly stockId: string; readonly quantity: number }[]
      }
  )

interface GroupCommon {
  readonly title: string
  /** How the stock differs from the drawn part ("sand to 0.5 mm from 0.8 mm"). */
  readonly note?: string
}

/** A part no listed stock can supply, and what to add to the workshop. */
export interface Unsupplied {
  readonly tag: string
  readonly reason: string
}

export interface ShoppingLine {
  readonly stockId: string
  readonly name: string
  readonly quantity: number
  readonly unitPrice: number
  readonly cost: number
  /** How much of what is bought the parts use, in percent. */
  readonly usedPct: number
}

export interface CutPlan {
  readonly parts: readonly CutPart[]
  readonly groups: readonly StockGroupPlan[]
  readonly shopping: readonly ShoppingLine[]
  readonly unsupplied: readonly Unsupplied[]
  readonly cutCount: number
  readonly cutLengthMm: number
}
