import { familyOf } from '../../../src/domain/catalog'
import type { ParamSpec } from '../../../src/domain/catalog/types'
import { paramIssues, withDefaults } from '../../../src/domain/catalog/validateParams'
import { seededRandom } from '../../../src/domain/random'
import { makeProp } from '../../../src/domain/scene/addProp'
import { propSize } from '../../../src/domain/scene/propGeometry'
import {
  SCENE_FORMAT_TAG,
  SCENE_FORMAT_VERSION,
  type CameraBookmark,
  type Prop,
  type PropGroup,
  type Scene,
} from '../../../src/domain/scene/types'
import { DEFAULT_SCALE } from '../../../src/domain/units/scale'
import { vec3, type Vec3 } from '../../../src/domain/units/vec'

/**
 * The kinds a generated scene draws from, with how often a maker uses each. Fixed here (not read from the
 * catalog) so a family added later never changes a generated scene or the fixture links made from one.
 */
const KIND_WEIGHTS: readonly (readonly [string, number])[] = [
  ['balsa.strip', 20],
  ['balsa.crate', 15],
  ['rust.oil-drum', 15],
  ['foil.crumpled-rock', 14],
  ['balsa.post', 10],
  ['rust.corrugated-sheet', 8],
  ['rust.i-beam', 6],
  ['rust.pipe', 6],
  ['balsa.plank-floor', 6],
]

const NAMES = ['Crate', 'Drum', 'Timber', 'Rubble', 'Girder', 'Ammo box', 'Fuel drum', 'Fence post', 'Sheet']
const PAINTS = ['#4b5320', '#6b4423', '#8a3b12', '#2f3e46', '#c2b280', '#7a7a7a']

export interface RealisticSceneOptions {
  readonly props: number
  readonly seed: number
  readonly widthMm?: number
  readonly depthMm?: number
  /**
   * 'random': 31-bit random weathering seeds, as `newSeed()` draws them today; a link pays 31 bits for each.
   * 'counter': each new prop takes the next number (1, 2, 3...), the seed rule docs/share-link.md proposes.
   */
  readonly seeds?: 'random' | 'counter'
  /**
   * Issue 6's tools in use, drawn apart from the props so the props stay the same: about one prop in four in
   * a group of 2 to 6 props made one after another, one in twenty locked, one in forty hidden, and four camera
   * bookmarks (one orthographic).
   */
  readonly modelling?: boolean
}

const WHEN = '2026-11-01T12:00:00.000Z'

/**
 * A deterministic stand-in for a scene a maker builds over some evenings: props anywhere on the base at
 * 0.1 mm, about one in six stacked on an earlier prop, turns about the vertical in 15 degree steps except one
 * in ten (free, some lying on their side), a third with changed parameters or weathering, a few named.
 */
export function realisticScene(options: RealisticSceneOptions): Scene {
  const rand = seededRandom(options.seed)
  const widthMm = options.widthMm ?? 600
  const depthMm = options.depthMm ?? 400
  const int = (n: number) => Math.floor(rand() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T
  const tenths = (lo: number, hi: number) => (Math.round(lo * 10) + int(Math.round((hi - lo) * 10) + 1)) / 10
  const totalWeight = KIND_WEIGHTS.reduce((sum, [, w]) => sum + w, 0)
  const kindOf = (): string => {
    let r = rand() * totalWeight
    for (const [kind, w] of KIND_WEIGHTS) if ((r -= w) < 0) return kind
    return KIND_WEIGHTS[0]?.[0] ?? ''
  }

  const props: Prop[] = []
  for (let i = 0; i < options.props; i++) {
    const kind = kindOf()
    const family = familyOf(kind)
    if (!family) throw new Error(`the catalog has no ${kind}`)
    const custom = rand() < 1 / 3
    const params: Record<string, number> = {}
    let rust: number | undefined
    const extra: { grime?: number; paint?: string; chipping?: number } = {}
    if (custom) {
      const what = rand()
      if (what < 0.5 || family.material !== 'rust') {
        // One or two parameters typed in by the maker, to 0.1 mm, between the minimum and three defaults.
        const specs = Object.entries(family.params) as [string, ParamSpec][]
        for (let n = 1 + int(2); n > 0; n--) {
          const [name, spec] = pick(specs)
          if (spec.unit === 'ratio') params[name] = int(101) / 100
          else if (spec.integer)
            params[name] = spec.min + int(Math.min(spec.max, spec.default * 3) - spec.min + 1)
          else params[name] = tenths(spec.min, Math.min(spec.max, spec.default * 3))
        }
      }
      if (what >= 0.5) {
        if (family.material === 'rust') rust = int(101) / 100
        if (rand() < 0.5) extra.grime = int(101) / 100
        if (rand() < 0.3) {
          extra.paint = pick(PAINTS)
          extra.chipping = int(101) / 100
        }
      }
    }
    // A maker cannot save parameters the inspector refuses (a board too thick for its crate): keep defaults.
    if (paramIssues(family, withDefaults(family, params)).length > 0)
      for (const name of Object.keys(params)) delete params[name]
    const seed = options.seeds === 'counter' ? i + 1 : int(0x7fffffff)
    const base = makeProp({ kind, params, seed, ...(rust === undefined ? {} : { rust }) })
    const prop: Prop = {
      ...base,
      id: `p-${i}`,
      ...(rand() < 0.1 ? { name: pick(NAMES) } : {}),
      material: { ...base.material, ...extra },
    }
    const below = props.length > 0 && rand() < 1 / 6 ? pick(props.slice(-8)) : undefined
    props.push({ ...prop, position: place(below), rotation: turn() })
  }

  function place(below: Prop | undefined): Vec3 {
    if (!below) return vec3(tenths(-widthMm / 2, widthMm / 2), 0, tenths(-depthMm / 2, depthMm / 2))
    const top = below.position.y + propSize(below).y
    return vec3(
      Math.round((below.position.x + tenths(-5, 5)) * 10) / 10,
      Math.round(top * 100) / 100,
      Math.round((below.position.z + tenths(-5, 5)) * 10) / 10,
    )
  }

  function turn(): Vec3 {
    if (rand() >= 0.1) return vec3(0, 15 * int(24), 0)
    const y = tenths(0, 359.9)
    if (rand() < 0.25) return rand() < 0.5 ? vec3(90, y, 0) : vec3(0, y, 90)
    return vec3(0, y, 0)
  }

  const scene: Scene = {
    format: SCENE_FORMAT_TAG,
    version: SCENE_FORMAT_VERSION,
    id: `realistic-${options.props}`,
    name: `Scrapyard, ${options.props} props`,
    createdAt: WHEN,
    updatedAt: WHEN,
    scale: DEFAULT_SCALE,
    base: { widthMm, depthMm, thicknessMm: 12 },
    props,
    groups: [],
    bookmarks: [],
  }
  return options.modelling ? withModelling(scene, options.seed) : scene
}

const GROUP_NAMES = ['Crate stack', 'Drum pile', 'Scrap heap', 'Shed', 'Fence line', 'Rubble']

function withModelling(scene: Scene, seed: number): Scene {
  const rand = seededRandom(seed + 1)
  const int = (n: number) => Math.floor(rand() * n)
  const groups: PropGroup[] = []
  const props = [...scene.props]
  for (let i = 0; i < props.length;) {
    const size = 2 + int(5)
    if (rand() < 1 / 10 && i + size <= props.length) {
      const group = { id: `g-${groups.length}`, name: GROUP_NAMES[int(GROUP_NAMES.length)] as string }
      groups.push(group)
      for (let j = i; j < i + size; j++) props[j] = { ...(props[j] as Prop), groupId: group.id }
      i += size
    } else i++
  }
  const flagged = props.map((p): Prop => {
    const r = rand()
    return r < 1 / 20 ? { ...p, locked: true } : r < 1 / 20 + 1 / 40 ? { ...p, hidden: true } : p
  })
  // Cameras stand wherever the orbit left them: anywhere, to a hair.
  const at = (mm: number) => Math.round((mm + rand()) * 1e4) / 1e4
  const view = (id: string, name: string, x: number, y: number, z: number): CameraBookmark => ({
    id,
    name,
    projection: 'perspective',
    position: vec3(at(x), at(y), at(z)),
    target: vec3(at(x / 4), 0, at(z / 4)),
  })
  const bookmarks: CameraBookmark[] = [
    view('b-front', 'Front', 0, 180, 520),
    view('b-corner', 'Shed corner', -260, 90, 140),
    view('b-drums', 'Drum pile close-up', 150, 40, 60),
    { ...view('b-plan', 'Plan', 0, 900, 0.1), projection: 'orthographic', zoom: 1.6 },
  ]
  return { ...scene, props: flagged, groups, bookmarks }
}

/** The scene the 2,000-character target is about: 200 props on a 600 x 400 mm base. */
export const realistic200 = (seeds: 'random' | 'counter' = 'random', modelling = false): Scene =>
  realisticScene({ props: 200, seed: 2026, seeds, modelling })

/** A big scene for the benchmark: 1,000 props on a 1200 x 800 mm base. */
export const realistic1000 = (seeds: 'random' | 'counter' = 'random'): Scene =>
  realisticScene({ props: 1000, seed: 1000, widthMm: 1200, depthMm: 800, seeds })
