import type { Vec3 } from '../units/vec'

export type MaterialKind = 'balsa' | 'foil' | 'rust' | 'plaster' | 'plastic'

export type ParamUnit = 'mm' | 'count' | 'ratio'

export interface ParamSpec {
  readonly label: string
  readonly default: number
  readonly min: number
  readonly max: number
  readonly unit: ParamUnit
  /** Counts are whole numbers; lengths may take any finite value in range. */
  readonly integer?: boolean
}

/** Which way a balsa piece's grain runs in the piece's own frame. */
export type GrainAxis = 'x' | 'y' | 'z'

/** A signed axis of the prop's frame: which way an elbow's end points from the centre of its bend. */
export type Direction = '+x' | '-x' | '+y' | '-y' | '+z' | '-z'

/** A corner of a prism's outline in the x-y plane, model mm from the piece's `at`. */
export interface OutlinePoint {
  readonly x: number
  readonly y: number
}

/**
 * A visible piece of a prop, in the prop's own frame (origin at the centre of its underside), model mm.
 * The viewport turns pieces into shared geometry; the document never stores them.
 */
export type Piece =
  | {
      readonly shape: 'box'
      readonly at: Vec3
      readonly size: Vec3
      readonly grain?: GrainAxis
      readonly material?: MaterialKind
    }
  | {
      readonly shape: 'cylinder'
      readonly at: Vec3
      readonly radiusMm: number
      readonly lengthMm: number
      readonly axis: 'x' | 'y' | 'z'
      readonly material?: MaterialKind
    }
  | {
      readonly shape: 'corrugated'
      readonly at: Vec3
      readonly lengthMm: number
      readonly widthMm: number
      readonly pitchMm: number
      readonly depthMm: number
      readonly material?: MaterialKind
    }
  | {
      readonly shape: 'rock'
      readonly at: Vec3
      readonly size: Vec3
      readonly crumple: number
      readonly material?: MaterialKind
    }
  | {
      /** A quarter torus: a pipe bend. `at` is the centre the bend turns about; `ends` point to its two ends. */
      readonly shape: 'elbow'
      readonly at: Vec3
      readonly radiusMm: number
      readonly bendRadiusMm: number
      readonly ends: readonly [Direction, Direction]
      readonly material?: MaterialKind
    }
  | {
      /** A cylinder with a hole along its axis: styrene and brass tube, whose open ends show the wall. */
      readonly shape: 'tube'
      readonly at: Vec3
      readonly radiusMm: number
      readonly innerRadiusMm: number
      readonly lengthMm: number
      readonly axis: 'x' | 'y' | 'z'
      readonly material?: MaterialKind
    }
  | {
      /** A simple polygon in the x-y plane, extruded along z and centred on `at`: stringers, pickets, roofs. */
      readonly shape: 'prism'
      readonly at: Vec3
      readonly outline: readonly OutlinePoint[]
      readonly depthMm: number
      readonly material?: MaterialKind
    }
  | {
      /** A slab with a bumpy top, drawn from the prop's seed: `at` is the centre of its flat underside. */
      readonly shape: 'terrain'
      readonly at: Vec3
      readonly size: Vec3
      readonly bumpMm: number
      readonly material?: MaterialKind
    }

/** What a maker buys to cut a part, in the order the cut list shows them: sheet goods, lengths, then bulk. */
export const STOCK_KINDS = [
  'balsa-sheet',
  'balsa-strip',
  'balsa-dowel',
  'styrene-sheet',
  'styrene-profile',
  'styrene-rod',
  'styrene-tube',
  'metal-tube',
  'kitchen-foil',
  'plaster',
] as const
export type StockKind = (typeof STOCK_KINDS)[number]

/** One line of the cut list a prop yields: `count` identical pieces cut from `stock`. */
export type Part =
  | {
      readonly stock: 'balsa-sheet' | 'styrene-sheet' | 'balsa-strip'
      readonly label: string
      readonly thicknessMm: number
      readonly lengthMm: number
      readonly widthMm: number
      readonly count: number
      readonly grain: 'length' | 'width' | 'none'
    }
  | {
      readonly stock: 'balsa-dowel' | 'styrene-rod' | 'styrene-tube' | 'metal-tube' | 'styrene-profile'
      readonly label: string
      readonly diameterMm: number
      readonly lengthMm: number
      readonly count: number
    }
  | {
      readonly stock: 'kitchen-foil'
      readonly label: string
      readonly areaMm2: number
      readonly count: number
    }
  | { readonly stock: 'plaster'; readonly label: string; readonly volumeMm3: number; readonly count: number }

export type ParamValues<P extends Record<string, ParamSpec>> = { readonly [K in keyof P]: number }

export interface PropFamily<P extends Record<string, ParamSpec> = Record<string, ParamSpec>> {
  readonly kind: string
  readonly label: string
  readonly material: MaterialKind
  readonly params: P
  /** Bounding size in model mm: x width, y height, z depth. */
  readonly size: (p: ParamValues<P>) => Vec3
  readonly pieces: (p: ParamValues<P>) => readonly Piece[]
  readonly parts: (p: ParamValues<P>) => readonly Part[]
  /** Rules between parameters (a board no thicker than half the crate); each in range is checked already. */
  readonly check?: (p: ParamValues<P>) => ParamIssue | undefined
}

/** A parameter value refused, and why, in words for the maker. */
export interface ParamIssue {
  readonly param: string
  readonly message: string
}

/**
 * Typed where it is written, erased where it is used: a family file reads as data plus three pure functions
 * with named parameters, and the catalog holds them all in one list. Callers pass complete, validated params.
 */
export function defineProp<P extends Record<string, ParamSpec>>(family: PropFamily<P>): PropFamily {
  return family as unknown as PropFamily
}

export const mm = (label: string, def: number, min: number, max: number): ParamSpec => ({
  label,
  default: def,
  min,
  max,
  unit: 'mm',
})
export const count = (label: string, def: number, min: number, max: number): ParamSpec => ({
  label,
  default: def,
  min,
  max,
  unit: 'count',
  integer: true,
})
export const ratio = (label: string, def: number): ParamSpec => ({
  label,
  default: def,
  min: 0,
  max: 1,
  unit: 'ratio',
})
