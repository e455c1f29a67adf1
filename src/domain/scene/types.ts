import type { MaterialKind } from '../catalog/types'
import type { ModelScale } from '../units/scale'
import type { Vec3 } from '../units/vec'

/** The newest scene format this build writes. Older ones are migrated on read; newer ones are refused. */
export const SCENE_FORMAT_VERSION = 2
export const SCENE_FORMAT_TAG = 'diorama-scene'

export type PropId = string
export type GroupId = string
export type BookmarkId = string

/**
 * The kind of a prop made from a model the maker imported (issue 7). The catalog knows nothing of it: its
 * `params` are empty and its size comes from `model`. Every other kind is a catalog family.
 */
export const CUSTOM_MODEL_KIND = 'custom.model'

/** What a custom-model prop refers to: the model file kept on this device, by its content hash. */
export interface ModelRef {
  /** Content hash of the model file; a share link carries it so a receiver holding the file can show it. */
  readonly id: string
  /** The maker's name for the model (usually its file name), shown in a placeholder when the file is missing. */
  readonly name: string
  /** Bounding size in the prop's own frame, model mm (x width, y height, z depth). */
  readonly sizeMm: Vec3
  /**
   * What the model is drawn as, picked from the catalog's materials; plastic when left out. Share links do not
   * carry it: the receiver has no model file to draw, only its placeholder.
   */
  readonly material?: MaterialKind
}

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
  /** The group the prop belongs to (one of `Scene.groups`); groups are flat, a prop is in at most one. */
  readonly groupId?: GroupId
  /** Locked props are not moved or turned by editing operations. Left out when not locked. */
  readonly locked?: true
  /** Hidden props are not drawn but still belong to the scene (cut list, share link). Left out when shown. */
  readonly hidden?: true
  /** Present exactly when `kind` is CUSTOM_MODEL_KIND. */
  readonly model?: ModelRef
}

/** A custom-model prop, with its model reference known to be there. */
export type CustomModelProp = Prop & { readonly kind: typeof CUSTOM_MODEL_KIND; readonly model: ModelRef }

export const isCustomModel = (prop: Prop): prop is CustomModelProp =>
  prop.kind === CUSTOM_MODEL_KIND && prop.model !== undefined

/** A named set of props that are selected, moved and arranged as one. */
export interface PropGroup {
  readonly id: GroupId
  readonly name: string
}

export type CameraProjection = 'perspective' | 'orthographic'

/** Where a camera stands and looks, in model mm (y up); zoom is the orthographic camera's zoom factor. */
export interface CameraView {
  readonly projection: CameraProjection
  readonly position: Vec3
  readonly target: Vec3
  readonly zoom?: number
}

/** A saved camera view, kept with the scene and carried by its share link. */
export interface CameraBookmark extends CameraView {
  readonly id: BookmarkId
  readonly name: string
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
  readonly groups: readonly PropGroup[]
  readonly bookmarks: readonly CameraBookmark[]
}

export const DEFAULT_BASE: Baseboard = { widthMm: 300, depthMm: 200, thicknessMm: 12 }
