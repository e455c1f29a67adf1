import type * as THREE from 'three'
import { familyOf } from '../../domain/catalog'
import type { MaterialKind, Piece } from '../../domain/catalog/types'
import { propPieces } from '../../domain/scene/propGeometry'
import { isCustomModel, type Prop } from '../../domain/scene/types'
import { parsePaint } from '../materials/paintColor'
import { lookFor, type Look } from '../materials/textures'
import { mergedPieces, usesSeed, type Face, type MergedPart } from '../mergedPieces'
import { modelGeometry } from './customModels'
import type { InstanceLook } from './instanceLooks'

/** One batch instance's worth of a prop: a shared geometry and how that part of the prop looks. */
export interface PropPart {
  readonly geometry: THREE.BufferGeometry
  readonly look: Look | null
  readonly instance: Omit<InstanceLook, 'layer'>
}

/** Weathering variants: a prop's seed picks one, so neighbours differ while sharing painted images. */
const VARIANTS = 4
/** Foil crumple in thirds steers the crinkle's normal strength. */
const crumpleScale = (crumple: number | undefined) => 0.45 + (Math.round((crumple ?? 0.6) * 3) / 3) * 0.75

/**
 * A family's merged pieces for given parameters, grain and (for shapes drawn from noise) seed, found by a
 * short key: props are mostly repeats of a few sizes, and pieces are the costly step (a riveted plate is
 * hundreds of rivets), so 10,000 props cost 10,000 lookups, not 10,000 builds.
 */
const shapes = new Map<string, { pieces: readonly Piece[]; seeded: boolean }>()
const merges = new Map<string, readonly MergedPart[]>()
function mergedOf(prop: Prop): readonly MergedPart[] {
  const family = familyOf(prop.kind)
  const { seed, grain } = prop.material
  if (isCustomModel(prop)) {
    // An imported model: its own triangles once its file is here, a box of its size until then.
    const kind = prop.model.material ?? 'plastic'
    const geometry = modelGeometry(prop.model)
    return geometry ? [{ kind, face: 'side', geometry }] : mergedPieces(propPieces(prop), kind, seed, false)
  }
  // Not a catalog family (a kind this build does not know): its pieces are its own key.
  if (!family) return mergedPieces(propPieces(prop), 'plastic', seed, grain === 'width')
  const shapeKey = `${prop.kind}|${JSON.stringify(prop.params)}`
  let shape = shapes.get(shapeKey)
  if (!shape) {
    const pieces = propPieces(prop)
    shapes.set(shapeKey, (shape = { pieces, seeded: usesSeed(pieces) }))
  }
  const key = `${shapeKey}|${grain ?? ''}|${shape.seeded ? seed : ''}`
  let merged = merges.get(key)
  if (!merged) {
    merged = mergedPieces(shape.pieces, family.material, shape.seeded ? seed : 0, grain === 'width')
    merges.set(key, merged)
  }
  return merged
}

/** The parts a prop is drawn with: one per (material, face) of its pieces, each with its look. */
export function propParts(prop: Prop): readonly PropPart[] {
  const merged = mergedOf(prop)
  const options = prop.material
  const variant = options.seed % VARIANTS
  return merged.map(({ kind, face, geometry }) => {
    const look = lookFor(kind, face === 'end' ? 'end' : 'side', options)
    const paint = look?.painted ? parsePaint(options.paint) : null
    return {
      geometry,
      look,
      instance: {
        variant,
        turned: turned(kind, face, options.grain === 'width'),
        normalScale: kind === 'foil' ? crumpleScale(prop.params.crumple) : 1,
        paint: paint ? [paint.rgb[0] / 255, paint.rgb[1] / 255, paint.rgb[2] / 255] : [0, 0, 0],
        tinted: kind === 'balsa' && !paint,
      },
    }
  })
}

/** Balsa grain runs along u on boxes; it turns for grain across the part, and along a dowel's length. */
const turned = (kind: MaterialKind, face: Face, across: boolean) =>
  kind === 'balsa' && face !== 'end' && (face === 'round') !== across
