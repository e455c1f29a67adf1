import type { ModelScale } from '../units/scale'
import type { Vec3 } from '../units/vec'

/** The newest scene format this build writes. Older ones are migrated on read; newer ones are refused. */
export const SCENE_FORMAT_VERSION = 1
export const SCENE_FORMAT_TAG = 'diorama-scene'

export type PropId = string

export type GrainDirection = 'length' | 'width'

/** Surface options of a prop. Weathering is drawn from `seed`, so a shared scene looks the same everywhere. */
export interface MaterialOptions {
  readonly seed: number
  /** 0 = bare or painted steel, 1 = deep pitted rust. Metal props only. */
  readonly rust?: number
  /** 0 = clean, 1 = filthy. */
  readonly grime?: number
  /** Balsa grain runs along the part's length (usual) or across it. */
  readonly grain?: GrainDirection
  /** Paint colour as #rrggbb; chipping shows the material below. */
  readonly paint?: string
  readonly chipping?: number
}

export interface Prop {
  readonly id: PropId
  /** Catalog id such as "balsa.plank-floor". */
  readonly kind: string
  /** The maker's own label; the catalog label is shown when absent. */
  readonly name?: string
  /** Family parameters, lengths in model millimetres. */
  readonly params: Readonly<Record<string, number>>
  /** Centre of the prop's footprint, on its underside, in model mm; y = 0 is the top of the base. */
  readonly position: Vec3
  readonly rotation: Vec3
  readonly material: MaterialOptions
}

export interface Baseboard {
  readonly widthMm: number
  readonly depthMm: number
  readonly thicknessMm: number
}

export interface Scene {
  readonly format: typeof SCENE_FORMAT_TAG
  readonly version: typeof SCENE_FORMAT_VERSION
  readonly id: string
  readonly name: string
  /** ISO 8601 timestamps. */
  readonly createdAt: string
  readonly updatedAt: string
  readonly scale: ModelScale
  readonly base: Baseboard
  readonly props: readonly Prop[]
}

export const DEFAULT_BASE: Baseboard = { widthMm: 300, depthMm: 200, thicknessMm: 12 }
