import { familyOf } from '../catalog'
import { reach } from '../scene/reach'
import {
  isCustomModel,
  type Baseboard,
  type CameraBookmark,
  type MaterialOptions,
  type ModelRef,
  type Prop,
  type Scene,
} from '../scene/types'
import { LIMITS } from '../schema/limits'
import { knownKind } from './kindIds'

/**
 * How finely a link stores each number: values are whole numbers of 1/PER_UNIT of the unit. A scene shared by
 * link comes back as `quantiseScene(scene)`: the same scene with every number rounded to these steps.
 */
export const PER_MM = 10
/**
 * Heights are finer: a prop stacked on another stands at the top of it, a sum of 0.01 mm parameters, and
 * a 0.05 mm gap or overlap would show as a floating or sunken prop (the demo's fallen drum sits at 8.15 mm).
 */
export const PER_MM_HEIGHT = 100
export const PER_DEGREE = 10
export const PER_RATIO = 1000
/** Rust, grime and chipping, 0 to 1. */
export const PER_WEATHER = 100
/** An orthographic camera bookmark's zoom factor, in thousandths. */
export const PER_ZOOM = 1000
/** A turn about y only, by a whole number of these, is stored as that number (the rotate gizmo's snap). */
export const TURN_STEP_DEG = 15

/** What a link does not carry; the decoder fills these in (the viewer's "Edit a copy" gives fresh ones). */
export const SHARED_SCENE_ID = 'shared'
export const SHARED_SCENE_TIME = '1970-01-01T00:00:00.000Z'
export const sharedPropId = (index: number): string => `p${index + 1}`
export const sharedGroupId = (index: number): string => `g${index + 1}`
export const sharedBookmarkId = (index: number): string => `b${index + 1}`

/** Text as UTF-8 brings it back: a lone surrogate (half an emoji) becomes U+FFFD. */
export const wellFormed = (text: string): string => new TextDecoder().decode(new TextEncoder().encode(text))

/** `value` as a whole number of 1/perUnit; `+ 0` turns -0 into 0. */
export const toSteps = (value: number, perUnit: number): number => Math.round(value * perUnit) + 0
export const fromSteps = (steps: number, perUnit: number): number => steps / perUnit
const snap = (value: number, perUnit: number) => fromSteps(toSteps(value, perUnit), perUnit)
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n))
/** The steps a range [lo, hi] holds; the slack absorbs float dust such as 0.1 * 100 = 10.000000000000002. */
const stepsWithin = (lo: number, hi: number, perUnit: number): [number, number] => [
  Math.ceil(lo * perUnit - 1e-6),
  Math.floor(hi * perUnit + 1e-6),
]

/**
 * The scene as its share link will bring it back: ids `p1`, `p2`... (groups `g1`..., bookmarks `b1`...) and
 * the shared id and time, numbers on the link's steps. A position is also kept within the (rounded) base's
 * reach and a parameter within its range, so the rounded scene passes `parseScene` whenever the scene did.
 * Throws on a kind without a share-link id (kindIds.ts), which a unit test keeps from happening.
 */
export function quantiseScene(scene: Scene, time = SHARED_SCENE_TIME): Scene {
  const base: Baseboard = {
    widthMm: snap(scene.base.widthMm, PER_MM),
    depthMm: snap(scene.base.depthMm, PER_MM),
    thicknessMm: snap(scene.base.thicknessMm, PER_MM),
  }
  const limits = reach(base)
  const position = (axis: 'x' | 'y' | 'z', v: number) => {
    const perMm = axis === 'y' ? PER_MM_HEIGHT : PER_MM
    const [lo, hi] = stepsWithin(...limits[axis], perMm)
    return fromSteps(clamp(toSteps(v, perMm), lo, hi), perMm)
  }
  const groupIds = new Map(scene.groups.map((g, i) => [g.id, sharedGroupId(i)]))
  const prop = (p: Prop, i: number): Prop => ({
    id: sharedPropId(i),
    kind: p.kind,
    ...(p.name === undefined ? {} : { name: wellFormed(p.name) }),
    params: isCustomModel(p) ? {} : quantiseParams(p),
    position: {
      x: position('x', p.position.x),
      y: position('y', p.position.y),
      z: position('z', p.position.z),
    },
    rotation: {
      x: snap(p.rotation.x, PER_DEGREE),
      y: snap(p.rotation.y, PER_DEGREE),
      z: snap(p.rotation.z, PER_DEGREE),
    },
    material: quantiseMaterial(p.material),
    ...(p.groupId === undefined ? {} : { groupId: groupIds.get(p.groupId) ?? p.groupId }),
    ...(p.locked ? { locked: true as const } : {}),
    ...(p.hidden ? { hidden: true as const } : {}),
    ...(isCustomModel(p) ? { model: quantiseModel(p.model) } : {}),
  })
  return {
    format: scene.format,
    version: scene.version,
    id: SHARED_SCENE_ID,
    name: wellFormed(scene.name),
    createdAt: time,
    updatedAt: time,
    scale: { ratio: snap(scene.scale.ratio, PER_RATIO), name: wellFormed(scene.scale.name) },
    base,
    props: scene.props.map(prop),
    groups: scene.groups.map((g, i) => ({ id: sharedGroupId(i), name: wellFormed(g.name) })),
    bookmarks: scene.bookmarks.map(quantiseBookmark),
  }
}

const snapWithin = (v: number, perUnit: number, lo: number, hi: number) =>
  fromSteps(clamp(toSteps(v, perUnit), ...stepsWithin(lo, hi, perUnit)), perUnit)

/** A model's size on 0.01 mm steps, as heights are; its hash is kept as it is. */
function quantiseModel(m: ModelRef): ModelRef {
  const size = (v: number) => snapWithin(v, PER_MM_HEIGHT, LIMITS.minModelSizeMm, LIMITS.maxModelSizeMm)
  return {
    id: m.id,
    name: wellFormed(m.name),
    sizeMm: { x: size(m.sizeMm.x), y: size(m.sizeMm.y), z: size(m.sizeMm.z) },
  }
}

function quantiseBookmark(b: CameraBookmark, i: number): CameraBookmark {
  const at = (v: number) => snap(v, PER_MM)
  return {
    id: sharedBookmarkId(i),
    name: wellFormed(b.name),
    projection: b.projection,
    position: { x: at(b.position.x), y: at(b.position.y), z: at(b.position.z) },
    target: { x: at(b.target.x), y: at(b.target.y), z: at(b.target.z) },
    ...(b.zoom === undefined ? {} : { zoom: snapWithin(b.zoom, PER_ZOOM, LIMITS.minZoom, LIMITS.maxZoom) }),
  }
}

/** Every parameter of the kind (defaults for those left out), on its step and within its catalog range. */
function quantiseParams(p: Prop): Record<string, number> {
  const known = knownKind(p.kind)
  if (!known) throw new Error(`prop kind "${p.kind}" has no share-link id: append it to sharelink/kindIds.ts`)
  const family = familyOf(p.kind)
  const out: Record<string, number> = {}
  for (const [name, frozen] of known.params) {
    const spec = family?.params[name]
    if (family && !spec) continue // a parameter the catalog no longer has
    let steps = toSteps(p.params[name] ?? spec?.default ?? frozen.default, frozen.perUnit)
    if (spec) steps = clamp(steps, ...stepsWithin(spec.min, spec.max, frozen.perUnit))
    out[name] = fromSteps(steps, frozen.perUnit)
  }
  for (const name of Object.keys(p.params))
    if (!Object.hasOwn(out, name))
      throw new Error(`"${p.kind}" parameter "${name}" has no share-link bit in kindIds.ts`)
  return out
}

export function quantiseMaterial(m: MaterialOptions): MaterialOptions {
  return {
    seed: m.seed,
    ...(m.rust === undefined ? {} : { rust: snap(m.rust, PER_WEATHER) }),
    ...(m.grime === undefined ? {} : { grime: snap(m.grime, PER_WEATHER) }),
    ...(m.grain === undefined ? {} : { grain: m.grain }),
    ...(m.paint === undefined ? {} : { paint: m.paint.toLowerCase() }),
    ...(m.chipping === undefined ? {} : { chipping: snap(m.chipping, PER_WEATHER) }),
  }
}
