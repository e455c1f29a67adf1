import { familyOf } from '../catalog'
import { LIMITS } from '../schema/limits'
import { BitReader, LinkDamage } from './bitstream'
import { readColumn, readSubset, type Bounds } from './columns'
import { CUSTOM_MODEL_LINK_KIND, readExtras, type Extras } from './extrasCode'
import { kindWithId, type KnownKind } from './kindIds'
import { readFinish, type Finish } from './materialCode'
import {
  fromSteps,
  PER_DEGREE,
  PER_MM,
  PER_MM_HEIGHT,
  PER_RATIO,
  sharedPropId,
  TURN_STEP_DEG,
  toSteps,
} from './quantise'

/**
 * The uncompressed payload of a link, format 1 or 2 -> plain scene data for `parseScene` to judge. Format 2
 * is format 1 with fields added before the texts and after them (extrasCode.ts). Reads the
 * fields of docs/share-link.md "Payload" in order, each within bounds, so no input can make it allocate or
 * loop beyond what the payload's own length pays for.
 */

const MAX_SEED = 0x7fffffff
/** UTF-8 takes at most 3 bytes per UTF-16 unit, so a text of n units is at most 3n bytes. */
const MAX_NAME_BYTES = 3 * LIMITS.maxNameChars
const MAX_SCALE_NAME_BYTES = 3 * 60
const POSITION: Bounds = { min: -2 * LIMITS.maxBaseMm * PER_MM, max: 2 * LIMITS.maxBaseMm * PER_MM }
const HEIGHT: Bounds = {
  min: -2 * LIMITS.maxBaseMm * PER_MM_HEIGHT,
  max: 2 * LIMITS.maxBaseMm * PER_MM_HEIGHT,
}
const ANGLE: Bounds = { min: -LIMITS.maxRotationDeg * PER_DEGREE, max: LIMITS.maxRotationDeg * PER_DEGREE }
const TURNS: Bounds = {
  min: -LIMITS.maxRotationDeg / TURN_STEP_DEG,
  max: LIMITS.maxRotationDeg / TURN_STEP_DEG,
}
/** Parameter values are at most 1,000,000 in size and stored in steps down to 1/1000. */
const PARAM_LIMIT = 1e6 * 1000
const PARAM_DELTA: Bounds = { min: -2 * PARAM_LIMIT, max: 2 * PARAM_LIMIT }
const MASK: Bounds = { min: 1, max: 2 ** 52 }

/** The scene fields a link carries, as plain data; `parseScene` makes the checks that need the catalog. */
export interface PayloadScene {
  name: string
  scale: { ratio: number; name: string }
  base: { widthMm: number; depthMm: number; thicknessMm: number }
  props: PayloadProp[]
  groups: Extras['groups']
  bookmarks: Extras['bookmarks']
}

export interface PayloadProp {
  id: string
  kind: string
  name?: string
  params: Record<string, number>
  position: { x: number; y: number; z: number }
  rotation: { x: number; y: number; z: number }
  material: Finish & { seed: number }
  groupId?: string
  locked?: true
  hidden?: true
  model?: { id: string; name: string; sizeMm: { x: number; y: number; z: number } }
}

/**
 * Reads a payload of link format `version` (1 or 2); throws LinkDamage (never anything else) on a payload
 * that format cannot hold.
 */
export function readPayload(data: Uint8Array, version: 1 | 2): PayloadScene {
  const r = new BitReader(data)
  const ratio = r.uint(LIMITS.maxRatio * PER_RATIO) / PER_RATIO
  const widthMm = r.uint(LIMITS.maxBaseMm * PER_MM) / PER_MM
  const depthMm = r.uint(LIMITS.maxBaseMm * PER_MM) / PER_MM
  const thicknessMm = r.uint(LIMITS.maxBaseThicknessMm * PER_MM) / PER_MM
  const n = r.uint()
  if (n > LIMITS.maxProps)
    throw new LinkDamage(`it has more than ${LIMITS.maxProps.toLocaleString('en')} props`)

  // Something only a newer app knows is noted, not thrown at once: a payload that is damaged further on is
  // reported as damaged (a flipped bit is likelier than a new kind); only a sound one is "newer".
  let newer: string | undefined
  const paletteSize = r.uint(n)
  const palette: { kind: KnownKind; usual: Finish }[] = []
  for (let i = 0; i < paletteSize; i++) {
    const id = r.uint()
    const custom = version >= 2 && id === CUSTOM_MODEL_LINK_KIND.id
    const kind = (custom ? CUSTOM_MODEL_LINK_KIND : kindWithId(id)) ?? { kind: '', id, params: [] }
    if (!kind.kind) newer ??= `it uses a prop kind this version does not know (kind ${id})`
    palette.push({ kind, usual: readFinish(r) })
  }
  const kinds = readColumn(r, n, { min: 0, max: paletteSize - 1 }).map(
    (i) => palette[i] as (typeof palette)[0],
  )

  const xs = readColumn(r, n, POSITION)
  const zs = readColumn(r, n, POSITION)
  const ys = new Array<number>(n).fill(0)
  const raised = readSubset(r, n)
  readColumn(r, raised.length, HEIGHT).forEach((y, j) => (ys[raised[j] as number] = y))

  const free = readSubset(r, n)
  const isFree = new Set(free)
  const turns = readColumn(r, n - free.length, TURNS)
  const freeYs = readColumn(r, free.length, ANGLE)
  const tilted = readSubset(r, free.length)
  const tiltXs = readColumn(r, tilted.length, ANGLE)
  const tiltZs = readColumn(r, tilted.length, ANGLE)
  const rotations = new Array<{ x: number; y: number; z: number }>(n)
  let turnAt = 0
  for (let i = 0; i < n; i++)
    if (!isFree.has(i)) rotations[i] = { x: 0, y: (turns[turnAt++] ?? 0) * TURN_STEP_DEG, z: 0 }
  free.forEach((i, j) => (rotations[i] = { x: 0, y: fromSteps(freeYs[j] ?? 0, PER_DEGREE), z: 0 }))
  tilted.forEach((j, t) => {
    const i = free[j] as number
    rotations[i] = {
      x: fromSteps(tiltXs[t] ?? 0, PER_DEGREE),
      y: rotations[i]?.y ?? 0,
      z: fromSteps(tiltZs[t] ?? 0, PER_DEGREE),
    }
  })

  const customised = readSubset(r, n)
  const masks = new Array<number>(n).fill(0)
  readColumn(r, customised.length, MASK).forEach((mask, j) => (masks[customised[j] as number] = mask))
  let deltaCount = 0
  masks.forEach((mask, i) => {
    const kind = kinds[i]?.kind
    if (kind?.kind && mask >= 2 ** kind.params.length)
      newer ??= `it sets a parameter this version does not know (${kind.kind})`
    for (let m = mask; m > 0; m = Math.floor(m / 2)) deltaCount += m % 2
  })
  const deltas = readColumn(r, deltaCount, PARAM_DELTA)

  const seeds = readColumn(r, n, { min: 0, max: MAX_SEED })
  const finishes = kinds.map((k) => k.usual)
  for (const i of readSubset(r, n)) finishes[i] = readFinish(r)
  const named = readSubset(r, n)
  const distinctCount = named.length > 0 ? r.uint(named.length - 1) + 1 : 0
  const picks = readColumn(r, named.length, { min: 0, max: distinctCount - 1 })
  const customIndices = kinds.flatMap((k, i) => (k.kind === CUSTOM_MODEL_LINK_KIND ? [i] : []))
  const extrasTexts = version >= 2 ? readExtras(r, n, customIndices) : undefined

  r.align()
  const name = r.text(MAX_NAME_BYTES)
  const scaleName = r.text(MAX_SCALE_NAME_BYTES)
  const distinct = Array.from({ length: distinctCount }, () => r.text(MAX_NAME_BYTES))
  const names = new Map(named.map((i, j) => [i, distinct[picks[j] ?? 0] ?? '']))
  const extras = extrasTexts?.(r)
  r.end()
  if (newer) throw new LinkDamage(newer, true)

  let deltaAt = 0
  const props = kinds.map(({ kind }, i): PayloadProp => {
    const family = familyOf(kind.kind)
    const params: Record<string, number> = {}
    kind.params.forEach(([param, frozen], bit) => {
      const set = Math.floor((masks[i] ?? 0) / 2 ** bit) % 2 === 1
      const value = toSteps(frozen.default, frozen.perUnit) + (set ? (deltas[deltaAt++] ?? 0) : 0)
      if (Math.abs(value) > PARAM_LIMIT) throw new LinkDamage('a parameter is out of range')
      // A parameter the catalog has since dropped is left out, so an old link still opens.
      if (!family || Object.hasOwn(family.params, param)) params[param] = fromSteps(value, frozen.perUnit)
    })
    const label = names.get(i)
    return {
      id: sharedPropId(i),
      kind: kind.kind,
      ...(label === undefined ? {} : { name: label }),
      params,
      position: {
        x: fromSteps(xs[i] ?? 0, PER_MM),
        y: fromSteps(ys[i] ?? 0, PER_MM_HEIGHT),
        z: fromSteps(zs[i] ?? 0, PER_MM),
      },
      rotation: rotations[i] ?? { x: 0, y: 0, z: 0 },
      material: { seed: seeds[i] ?? 0, ...finishes[i] },
      ...extras?.props[i],
    }
  })
  return {
    name,
    scale: { ratio, name: scaleName },
    base: { widthMm, depthMm, thicknessMm },
    props,
    groups: extras?.groups ?? [],
    bookmarks: extras?.bookmarks ?? [],
  }
}
