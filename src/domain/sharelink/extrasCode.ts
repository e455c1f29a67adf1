import { CUSTOM_MODEL_KIND, type CameraBookmark, type ModelRef, type Prop, type Scene } from '../scene/types'
import { LIMITS } from '../schema/limits'
import type { BitReader, BitWriter } from './bitstream'
import { readColumn, readSubset, writeColumn, writeSubset, type Bounds } from './columns'
import type { KnownKind } from './kindIds'
import { PER_MM, PER_MM_HEIGHT, PER_ZOOM, sharedBookmarkId, sharedGroupId, toSteps } from './quantise'

/**
 * What format 2 added to a link's payload (docs/share-link.md, fields 28 to 40 and 45 to 47): custom-model placeholders,
 * groups, locked and hidden props, camera bookmarks. Their numbers go after the names' picks, their texts
 * after the prop names, so the rest of the payload reads exactly as in format 1.
 */

/** A custom model stands in the palette as kind 0, which the kind table never hands out. */
export const CUSTOM_MODEL_LINK_KIND: KnownKind = { kind: CUSTOM_MODEL_KIND, id: 0, params: [] }

const MODEL_SIZE: Bounds = {
  min: toSteps(LIMITS.minModelSizeMm, PER_MM_HEIGHT),
  max: toSteps(LIMITS.maxModelSizeMm, PER_MM_HEIGHT),
}
const CAMERA: Bounds = { min: -LIMITS.maxCameraMm * PER_MM, max: LIMITS.maxCameraMm * PER_MM }
const ZOOM: Bounds = { min: toSteps(LIMITS.minZoom, PER_ZOOM), max: toSteps(LIMITS.maxZoom, PER_ZOOM) }
const MAX_LABEL_BYTES = 3 * LIMITS.maxLabelChars

const indicesWhere = <T>(items: readonly T[], test: (item: T) => boolean): number[] =>
  items.flatMap((item, i) => (test(item) ? [i] : []))
const modelKey = (m: ModelRef) => `${m.id}|${m.sizeMm.x}|${m.sizeMm.y}|${m.sizeMm.z}|${m.name}`

/**
 * Writes the numbers of format 2's additions for a quantised scene (props of a custom model are the ones at
 * `customIndices`) and returns the texts to write after the prop names.
 */
export function writeExtras(w: BitWriter, scene: Scene, customIndices: readonly number[]): string[] {
  const { props, groups, bookmarks } = scene
  const n = props.length

  const used = customIndices.map((i) => modelOf(props[i]))
  const models = distinctByUse(used, modelKey)
  const keys = models.map(modelKey)
  w.uint(models.length)
  for (const axis of ['x', 'y', 'z'] as const)
    writeColumn(
      w,
      models.map((m) => toSteps(m.sizeMm[axis], PER_MM_HEIGHT)),
    )
  writeColumn(
    w,
    used.map((m) => keys.indexOf(modelKey(m))),
  )

  const groupIndex = new Map(groups.map((g, i) => [g.id, i]))
  w.uint(groups.length)
  const grouped = indicesWhere(props, (p) => p.groupId !== undefined)
  writeSubset(w, n, grouped)
  writeColumn(
    w,
    grouped.map((i) => groupIndex.get(props[i]?.groupId ?? '') ?? 0),
  )
  writeSubset(
    w,
    n,
    indicesWhere(props, (p) => p.locked === true),
  )
  writeSubset(
    w,
    n,
    indicesWhere(props, (p) => p.hidden === true),
  )

  const b = bookmarks.length
  w.uint(b)
  writeSubset(
    w,
    b,
    indicesWhere(bookmarks, (m) => m.projection === 'orthographic'),
  )
  for (const point of ['position', 'target'] as const)
    for (const axis of ['x', 'y', 'z'] as const)
      writeColumn(
        w,
        bookmarks.map((m) => toSteps(m[point][axis], PER_MM)),
      )
  const zoomed = indicesWhere(bookmarks, (m) => m.zoom !== undefined)
  writeSubset(w, b, zoomed)
  writeColumn(
    w,
    zoomed.map((i) => toSteps(bookmarks[i]?.zoom ?? 0, PER_ZOOM)),
  )

  return [
    ...models.flatMap((m) => [m.id, m.name]),
    ...groups.map((g) => g.name),
    ...bookmarks.map((m) => m.name),
  ]
}

function modelOf(prop: Prop | undefined): ModelRef {
  if (!prop?.model) throw new Error('a custom-model prop without its model')
  return prop.model
}

/** The distinct items by key, most used first, ties in order of first use. */
function distinctByUse<T>(items: readonly T[], key: (item: T) => string): T[] {
  const counts = new Map<string, { item: T; count: number }>()
  for (const item of items) {
    const entry = counts.get(key(item)) ?? { item, count: 0 }
    entry.count++
    counts.set(key(item), entry)
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).map((e) => e.item)
}

/** Format 2's additions for the props of a link, as plain data for `parseScene` to judge. */
export interface Extras {
  readonly props: readonly {
    groupId?: string
    locked?: true
    hidden?: true
    model?: ModelRef
  }[]
  readonly groups: { id: string; name: string }[]
  readonly bookmarks: CameraBookmark[]
}

/**
 * Reads the numbers of format 2's additions; the returned function reads their texts, once the reader has
 * reached them. Throws LinkDamage on anything out of bounds.
 */
export function readExtras(
  r: BitReader,
  n: number,
  customIndices: readonly number[],
): (r: BitReader) => Extras {
  const modelCount = r.uint(customIndices.length)
  const sizes = (['x', 'y', 'z'] as const).map(() => readColumn(r, modelCount, MODEL_SIZE))
  const modelPicks = readColumn(r, customIndices.length, { min: 0, max: modelCount - 1 })

  const groupCount = r.uint(LIMITS.maxGroups)
  const grouped = readSubset(r, n)
  const groupPicks = readColumn(r, grouped.length, { min: 0, max: groupCount - 1 })
  const locked = new Set(readSubset(r, n))
  const hidden = new Set(readSubset(r, n))

  const b = r.uint(LIMITS.maxBookmarks)
  const orthographic = new Set(readSubset(r, b))
  const coords = Array.from({ length: 6 }, () => readColumn(r, b, CAMERA))
  const zoomed = readSubset(r, b)
  const zooms = new Map(readColumn(r, zoomed.length, ZOOM).map((z, j) => [zoomed[j] as number, z]))

  return (t) => {
    const models = Array.from({ length: modelCount }, (_, i): ModelRef => {
      const id = t.text(LIMITS.maxModelIdChars)
      const name = t.text(MAX_LABEL_BYTES)
      const size = (axis: number) => (sizes[axis]?.[i] ?? 0) / PER_MM_HEIGHT
      return { id, name, sizeMm: { x: size(0), y: size(1), z: size(2) } }
    })
    const groups = Array.from({ length: groupCount }, (_, i) => ({
      id: sharedGroupId(i),
      name: t.text(MAX_LABEL_BYTES),
    }))
    const bookmarks = Array.from({ length: b }, (_, i): CameraBookmark => {
      const at = (k: number) => (coords[k]?.[i] ?? 0) / PER_MM
      const zoom = zooms.get(i)
      return {
        id: sharedBookmarkId(i),
        name: t.text(MAX_LABEL_BYTES),
        projection: orthographic.has(i) ? 'orthographic' : 'perspective',
        position: { x: at(0), y: at(1), z: at(2) },
        target: { x: at(3), y: at(4), z: at(5) },
        ...(zoom === undefined ? {} : { zoom: zoom / PER_ZOOM }),
      }
    })
    const groupOf = new Map(grouped.map((i, j) => [i, sharedGroupId(groupPicks[j] ?? 0)]))
    const modelAt = new Map(customIndices.map((i, j) => [i, models[modelPicks[j] ?? 0]]))
    const props = Array.from({ length: n }, (_, i) => {
      const groupId = groupOf.get(i)
      const model = modelAt.get(i)
      return {
        ...(groupId === undefined ? {} : { groupId }),
        ...(locked.has(i) ? { locked: true as const } : {}),
        ...(hidden.has(i) ? { hidden: true as const } : {}),
        ...(model === undefined ? {} : { model }),
      }
    })
    return { props, groups, bookmarks }
  }
}
