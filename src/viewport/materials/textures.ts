import type { MaterialKind } from '../../domain/catalog/types'
import type { MaterialOptions } from '../../domain/scene/types'

/** One texture tile covers this many model millimetres; geometry UVs are in the same unit. */
export const TEXTURE_TILE_MM = 32
/** Pixels along a tile's side: 8 px per model mm, fine enough for balsa grain and rust pits. */
export const TEXTURE_SIZE = 256

/** Which painter makes a look's maps. Balsa has two: side grain and the darker, porous end grain. */
export type Surface = 'balsa-side' | 'balsa-end' | 'rust' | 'foil' | 'plaster' | 'plastic'

/**
 * Everything a painted set of maps (colour, normal, roughness/metalness) depends on, quantised to a few levels
 * so that props share images: rust in fifths, grime and chipping in thirds. The paint colour itself is not
 * here: it is added on the main thread (see composePaint), so any exact colour costs no worker painting.
 */
export interface Look {
  readonly surface: Surface
  readonly rust: number
  readonly grime: number
  readonly painted: boolean
  readonly chipping: number
}

export const lookKey = (l: Look) => `${l.surface}:${l.rust}:${l.grime}:${l.painted ? l.chipping : '-'}`

const level = (x: number | undefined, steps: number) =>
  Math.round(Math.min(1, Math.max(0, x ?? 0)) * steps) / steps

/** Rust the catalog gives a metal prop that never set one. */
const DEFAULT_RUST = 0.6

/** The look of one face of a prop; null for a clean unpainted plastic, which needs no painted maps at all. */
export function lookFor(kind: MaterialKind, face: 'side' | 'end', options: MaterialOptions): Look | null {
  const surface: Surface = kind === 'balsa' ? (face === 'end' ? 'balsa-end' : 'balsa-side') : kind
  // Foil is never painted; paint is the maker's, so it may sit on any other material.
  const painted = kind !== 'foil' && options.paint !== undefined
  const look: Look = {
    surface,
    rust: kind === 'rust' ? level(options.rust ?? DEFAULT_RUST, 5) : 0,
    grime: level(options.grime, 3),
    painted,
    chipping: painted ? level(options.chipping, 3) : 0,
  }
  return surface === 'plastic' && !painted && look.grime === 0 ? null : look
}
