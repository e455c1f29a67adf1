import fc from 'fast-check'
import { familyOf } from '../../../src/domain/catalog'
import type { ParamSpec, PropFamily } from '../../../src/domain/catalog/types'
import { reach } from '../../../src/domain/scene/reach'
import {
  CUSTOM_MODEL_KIND,
  SCENE_FORMAT_TAG,
  SCENE_FORMAT_VERSION,
  type Baseboard,
  type CameraBookmark,
  type MaterialOptions,
  type ModelRef,
  type Prop,
  type PropGroup,
  type Scene,
} from '../../../src/domain/scene/types'
import { LIMITS } from '../../../src/domain/schema/limits'
import { KIND_IDS } from '../../../src/domain/sharelink/kindIds'
import type { Vec3 } from '../../../src/domain/units/vec'

/** Families a link can carry: in the catalog and in the frozen id table (kindIds.test checks they agree). */
const FAMILIES_WITH_IDS: readonly PropFamily[] = Object.keys(KIND_IDS).flatMap((kind) => familyOf(kind) ?? [])

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true })
/** Text as people type it (emoji, other scripts), and any UTF-16 at all, lone surrogates included. */
const text = (max: number) =>
  fc
    .oneof(
      fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }),
      fc.string({ minLength: 1, maxLength: max, unit: 'binary' }),
    )
    .filter((s) => s.length >= 1 && s.length <= max)

const param = (spec: ParamSpec) =>
  spec.integer
    ? fc.integer({ min: spec.min, max: spec.max })
    : fc.oneof(
        fc.constant(spec.default),
        num(spec.min, spec.max),
        // Whole millimetres, as typed, where the range has any.
        fc
          .integer({ min: Math.ceil(spec.min), max: Math.max(Math.ceil(spec.min), Math.floor(spec.max)) })
          .map((v) => Math.min(v, spec.max)),
      )

/** Some of the family's parameters (the rest take their defaults), any value in range. */
const params = (family: PropFamily): fc.Arbitrary<Record<string, number>> =>
  fc
    .record(Object.fromEntries(Object.entries(family.params).map(([name, spec]) => [name, param(spec)])), {
      requiredKeys: [],
    })
    .map((given) => {
      const out: Record<string, number> = {}
      for (const [name, value] of Object.entries(given)) if (value !== undefined) out[name] = value
      return out
    })

const weather = num(0, 1)
const material: fc.Arbitrary<MaterialOptions> = fc.record(
  {
    seed: fc.integer({ min: 0, max: 0x7fffffff }),
    rust: weather,
    grime: weather,
    grain: fc.constantFrom('length' as const, 'width' as const),
    paint: fc
      .integer({ min: 0, max: 0xffffff })
      .chain((c) =>
        fc.constantFrom(c.toString(16).padStart(6, '0'), c.toString(16).padStart(6, '0').toUpperCase()),
      )
      .map((hex) => `#${hex}`),
    chipping: weather,
  },
  { requiredKeys: ['seed'] },
)

const angle = num(-LIMITS.maxRotationDeg, LIMITS.maxRotationDeg)
const rotation: fc.Arbitrary<Vec3> = fc.oneof(
  fc.integer({ min: -24, max: 24 }).map((k) => ({ x: 0, y: 15 * k, z: 0 })),
  angle.map((y) => ({ x: 0, y, z: 0 })),
  fc.record({ x: angle, y: angle, z: angle }),
)

const within = ([lo, hi]: readonly [number, number]) => fc.oneof(num(lo, hi), fc.constant(0))

const modelRef: fc.Arbitrary<ModelRef> = fc.record({
  id: fc.oneof(
    fc.stringMatching(/^[0-9a-f]{64}$/), // SHA-256 in hex
    fc.stringMatching(new RegExp(`^[A-Za-z0-9_-]{1,${LIMITS.maxModelIdChars}}$`)),
  ),
  name: text(LIMITS.maxLabelChars),
  sizeMm: fc.record({
    x: num(LIMITS.minModelSizeMm, LIMITS.maxModelSizeMm),
    y: num(LIMITS.minModelSizeMm, LIMITS.maxModelSizeMm),
    z: num(LIMITS.minModelSizeMm, LIMITS.maxModelSizeMm),
  }),
})

const REQUIRED = ['id', 'kind', 'params', 'position', 'rotation', 'material'] as const

/** A catalog prop or (one in ten) a custom model, sometimes locked, hidden or in one of `groupIds`. */
function prop(base: Baseboard, groupIds: readonly string[]): fc.Arbitrary<Prop> {
  const r = reach(base)
  const common = {
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
    name: text(LIMITS.maxNameChars),
    position: fc.record({ x: within(r.x), y: within(r.y), z: within(r.z) }),
    rotation,
    material,
    locked: fc.constant(true as const),
    hidden: fc.constant(true as const),
    ...(groupIds.length > 0 ? { groupId: fc.constantFrom(...groupIds) } : {}),
  }
  const catalog = fc
    .constantFrom(...FAMILIES_WITH_IDS)
    .chain((family) =>
      fc.record(
        { ...common, kind: fc.constant(family.kind), params: params(family) },
        { requiredKeys: [...REQUIRED] },
      ),
    )
  const custom = fc.record(
    { ...common, kind: fc.constant(CUSTOM_MODEL_KIND), params: fc.constant({}), model: modelRef },
    { requiredKeys: [...REQUIRED, 'model'] },
  )
  return fc.oneof({ arbitrary: catalog, weight: 9 }, { arbitrary: custom, weight: 1 })
}

const camera = num(-LIMITS.maxCameraMm, LIMITS.maxCameraMm)
const point = fc.oneof(
  fc.record({ x: camera, y: camera, z: camera }),
  fc.record({ x: num(-500, 500), y: num(0, 500), z: num(-500, 500) }),
)
const bookmark: fc.Arbitrary<CameraBookmark> = fc.record(
  {
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,30}$/),
    name: text(LIMITS.maxLabelChars),
    projection: fc.constantFrom('perspective' as const, 'orthographic' as const),
    position: point,
    target: point,
    zoom: num(LIMITS.minZoom, LIMITS.maxZoom),
  },
  { requiredKeys: ['id', 'name', 'projection', 'position', 'target'] },
)

const group: fc.Arbitrary<PropGroup> = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_-]{1,30}$/),
  name: text(LIMITS.maxLabelChars),
})

/** Ids made unique by their place in the list. */
const unique = <T extends { id: string }>(items: readonly T[]): T[] =>
  items.map((item, i) => ({ ...item, id: `${item.id.slice(0, 30)}-${i}` }))

const baseboard: fc.Arbitrary<Baseboard> = fc.record({
  widthMm: fc.oneof(
    fc.integer({ min: LIMITS.minBaseMm, max: 1200 }),
    num(LIMITS.minBaseMm, LIMITS.maxBaseMm),
  ),
  depthMm: fc.oneof(fc.integer({ min: LIMITS.minBaseMm, max: 800 }), num(LIMITS.minBaseMm, LIMITS.maxBaseMm)),
  thicknessMm: num(LIMITS.minBaseThicknessMm, LIMITS.maxBaseThicknessMm),
})

/**
 * Any valid scene a maker could save: every field anywhere in its allowed range, ids unique; groups (some
 * left empty), locked and hidden props, custom models and camera bookmarks included.
 */
export const arbitraryScene = (maxProps = 30): fc.Arbitrary<Scene> =>
  fc.tuple(baseboard, fc.array(group, { maxLength: 4 }).map(unique)).chain(([base, groups]) =>
    fc.record({
      format: fc.constant(SCENE_FORMAT_TAG),
      version: fc.constant(SCENE_FORMAT_VERSION),
      id: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
      name: text(LIMITS.maxNameChars),
      createdAt: fc.constant('2026-01-02T03:04:05.000Z'),
      updatedAt: fc.constant('2026-01-02T03:04:05.000Z'),
      scale: fc.record({
        ratio: fc.oneof(fc.constantFrom(35, 87.1, 76.2, 22.5), num(LIMITS.minRatio, LIMITS.maxRatio)),
        name: text(60),
      }),
      base: fc.constant(base),
      props: fc
        .array(
          prop(
            base,
            groups.map((g) => g.id),
          ),
          { maxLength: maxProps },
        )
        .map(unique),
      groups: fc.constant(groups),
      bookmarks: fc.array(bookmark, { maxLength: 4 }).map(unique),
    }),
  )
