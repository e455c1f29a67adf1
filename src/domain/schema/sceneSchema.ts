// zod/mini: the same validators as zod with a tree-shakable API, a third of the size in the initial bundle.
import { z } from 'zod/mini'
import { SCENE_FORMAT_TAG, SCENE_FORMAT_VERSION } from '../scene/types'
import { LIMITS } from './limits'

/** A finite number within [min, max]; messages are written for the person reading the error, not for zod. */
export const finite = (min: number, max: number) =>
  z
    .number({ error: 'expected a finite number' })
    .check(
      z.minimum(min, { error: `must be at least ${min}` }),
      z.maximum(max, { error: `must be at most ${max}` }),
    )

const unit = finite(0, 1)
const vec3 = (limit: number) =>
  z.strictObject({ x: finite(-limit, limit), y: finite(-limit, limit), z: finite(-limit, limit) })
const text = (max: number) =>
  z
    .string({ error: 'expected text' })
    .check(
      z.minLength(1, { error: 'must not be empty' }),
      z.maxLength(max, { error: `must be at most ${max} characters` }),
    )

export const idSchema = z.string({ error: 'expected text' }).check(
  z.regex(/^[A-Za-z0-9_-]{1,40}$/, {
    error: 'expected an id of 1-40 letters, digits, "-" or "_"',
  }),
)

export const materialSchema = z.strictObject({
  seed: z
    .int({ error: 'expected a whole number' })
    .check(
      z.minimum(0, { error: 'must be at least 0' }),
      z.maximum(0x7fffffff, { error: `must be at most ${0x7fffffff}` }),
    ),
  rust: z.optional(unit),
  grime: z.optional(unit),
  grain: z.optional(z.enum(['length', 'width'], { error: 'expected "length" or "width"' })),
  paint: z.optional(
    z
      .string({ error: 'expected text' })
      .check(z.regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour like #8a3b12' })),
  ),
  chipping: z.optional(unit),
})

/** Parameter names are identifiers; anything else (including "__proto__") is refused before it reaches an object. */
const paramName = z
  .string()
  .check(z.regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, { error: 'expected a parameter name' }))

/** `true` or left out: a flag that is off is not written, to keep files and links small. */
const flag = (what: string) =>
  z.optional(z.literal(true, { error: `expected true (leave the field out when not ${what})` }))

export const modelRefSchema = z.strictObject({
  id: z.string({ error: 'expected text' }).check(
    z.regex(new RegExp(`^[A-Za-z0-9_-]{1,${LIMITS.maxModelIdChars}}$`), {
      error: `expected a content hash of 1-${LIMITS.maxModelIdChars} letters, digits, "-" or "_"`,
    }),
  ),
  name: text(LIMITS.maxLabelChars),
  sizeMm: z.strictObject({
    x: finite(LIMITS.minModelSizeMm, LIMITS.maxModelSizeMm),
    y: finite(LIMITS.minModelSizeMm, LIMITS.maxModelSizeMm),
    z: finite(LIMITS.minModelSizeMm, LIMITS.maxModelSizeMm),
  }),
  material: z.optional(
    z.enum(['balsa', 'foil', 'rust', 'plaster', 'plastic'], {
      error: 'expected "balsa", "foil", "rust", "plaster" or "plastic"',
    }),
  ),
})

export const propSchema = z.strictObject({
  id: idSchema,
  kind: z
    .string({ error: 'expected text' })
    .check(z.maxLength(60, { error: 'must be at most 60 characters' })),
  name: z.optional(text(LIMITS.maxNameChars)),
  params: z.record(paramName, finite(-1e6, 1e6)),
  // Reach against the base's size is checked after the shape, when the base is known.
  position: vec3(2 * LIMITS.maxBaseMm),
  rotation: vec3(LIMITS.maxRotationDeg),
  material: materialSchema,
  // That the group exists, and that `model` comes exactly with a custom-model kind, are checked after the shape.
  groupId: z.optional(idSchema),
  locked: flag('locked'),
  hidden: flag('hidden'),
  model: z.optional(modelRefSchema),
})

export const groupSchema = z.strictObject({ id: idSchema, name: text(LIMITS.maxLabelChars) })

export const bookmarkSchema = z.strictObject({
  id: idSchema,
  name: text(LIMITS.maxLabelChars),
  projection: z.enum(['perspective', 'orthographic'], { error: 'expected "perspective" or "orthographic"' }),
  position: vec3(LIMITS.maxCameraMm),
  target: vec3(LIMITS.maxCameraMm),
  zoom: z.optional(finite(LIMITS.minZoom, LIMITS.maxZoom)),
})

/** The current format (SCENE_FORMAT_VERSION); older formats are migrated to it before validation. */
export const sceneSchema = z.strictObject({
  format: z.literal(SCENE_FORMAT_TAG, { error: `expected "${SCENE_FORMAT_TAG}"` }),
  version: z.literal(SCENE_FORMAT_VERSION),
  id: idSchema,
  name: text(LIMITS.maxNameChars),
  createdAt: z.iso.datetime({ error: 'expected an ISO 8601 date-time' }),
  updatedAt: z.iso.datetime({ error: 'expected an ISO 8601 date-time' }),
  scale: z.strictObject({ ratio: finite(LIMITS.minRatio, LIMITS.maxRatio), name: text(60) }),
  base: z.strictObject({
    widthMm: finite(LIMITS.minBaseMm, LIMITS.maxBaseMm),
    depthMm: finite(LIMITS.minBaseMm, LIMITS.maxBaseMm),
    thicknessMm: finite(LIMITS.minBaseThicknessMm, LIMITS.maxBaseThicknessMm),
  }),
  props: z
    .array(propSchema)
    .check(z.maxLength(LIMITS.maxProps, { error: `at most ${LIMITS.maxProps} props` })),
  groups: z
    .array(groupSchema)
    .check(z.maxLength(LIMITS.maxGroups, { error: `at most ${LIMITS.maxGroups} groups` })),
  bookmarks: z
    .array(bookmarkSchema)
    .check(z.maxLength(LIMITS.maxBookmarks, { error: `at most ${LIMITS.maxBookmarks} bookmarks` })),
})
