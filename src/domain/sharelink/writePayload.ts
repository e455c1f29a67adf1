import { isCustomModel, type Prop, type Scene } from '../scene/types'
import { BitWriter } from './bitstream'
import { writeColumn, writeSubset } from './columns'
import { CUSTOM_MODEL_LINK_KIND, writeExtras } from './extrasCode'
import { knownKind, type KnownKind } from './kindIds'
import { finishKey, finishOf, writeFinish, type Finish } from './materialCode'
import { PER_DEGREE, PER_MM, PER_MM_HEIGHT, PER_RATIO, TURN_STEP_DEG, toSteps } from './quantise'

/**
 * Scene -> the uncompressed payload of a link, format 2, field by field in the order of docs/share-link.md
 * "Payload" (readPayload.ts reads it back). The writer's choices (palette order, each column's code) only
 * make links shorter; any choice the document allows reads the same.
 */

const steps = (mm: number) => toSteps(mm, PER_MM)
const isTurnStep = (p: Prop) =>
  p.rotation.x === 0 &&
  p.rotation.z === 0 &&
  toSteps(p.rotation.y, PER_DEGREE) % (TURN_STEP_DEG * PER_DEGREE) === 0
const indicesWhere = <T>(items: readonly T[], test: (item: T) => boolean): number[] =>
  items.flatMap((item, i) => (test(item) ? [i] : []))

/** The parameter mask and the stored differences from the frozen defaults of one prop. */
function paramCode(prop: Prop, kind: KnownKind): { mask: number; deltas: number[] } {
  let mask = 0
  const deltas: number[] = []
  kind.params.forEach(([name, frozen], bit) => {
    const value = prop.params[name]
    if (value === undefined) return
    const delta = toSteps(value, frozen.perUnit) - toSteps(frozen.default, frozen.perUnit)
    if (delta === 0) return
    mask += 2 ** bit
    deltas.push(delta)
  })
  return { mask, deltas }
}

/** Encodes a scene already passed through `quantiseScene` (so every number sits on its step). */
export function writePayload(scene: Scene): Uint8Array {
  const w = new BitWriter()
  const props = scene.props
  const n = props.length
  w.uint(toSteps(scene.scale.ratio, PER_RATIO))
  w.uint(steps(scene.base.widthMm))
  w.uint(steps(scene.base.depthMm))
  w.uint(steps(scene.base.thicknessMm))
  w.uint(n)

  // Kinds: the scene's own palette, most used first, each with the finish most of its props have.
  const kinds = props.map((p) => {
    if (isCustomModel(p)) return CUSTOM_MODEL_LINK_KIND
    const known = knownKind(p.kind)
    if (!known)
      throw new Error(`prop kind "${p.kind}" has no share-link id: append it to sharelink/kindIds.ts`)
    return known
  })
  const palette = byUse(kinds)
  const usual = new Map(palette.map((k) => [k, mostCommonFinish(props.filter((_, i) => kinds[i] === k))]))
  w.uint(palette.length)
  for (const k of palette) {
    w.uint(k.id)
    writeFinish(w, usual.get(k) ?? {})
  }
  writeColumn(
    w,
    kinds.map((k) => palette.indexOf(k)),
  )

  writeColumn(
    w,
    props.map((p) => steps(p.position.x)),
  )
  writeColumn(
    w,
    props.map((p) => steps(p.position.z)),
  )
  const raised = indicesWhere(props, (p) => p.position.y !== 0)
  writeSubset(w, n, raised)
  writeColumn(
    w,
    raised.map((i) => toSteps(props[i]?.position.y ?? 0, PER_MM_HEIGHT)),
  )

  const free = indicesWhere(props, (p) => !isTurnStep(p))
  writeSubset(w, n, free)
  writeColumn(
    w,
    props.filter(isTurnStep).map((p) => toSteps(p.rotation.y, PER_DEGREE) / (TURN_STEP_DEG * PER_DEGREE)),
  )
  const freeProps = free.map((i) => props[i] as Prop)
  writeColumn(
    w,
    freeProps.map((p) => toSteps(p.rotation.y, PER_DEGREE)),
  )
  const tilted = indicesWhere(freeProps, (p) => p.rotation.x !== 0 || p.rotation.z !== 0)
  writeSubset(w, free.length, tilted)
  for (const axis of ['x', 'z'] as const)
    writeColumn(
      w,
      tilted.map((i) => toSteps(freeProps[i]?.rotation[axis] ?? 0, PER_DEGREE)),
    )

  const codes = props.map((p, i) => paramCode(p, kinds[i] as KnownKind))
  const customised = indicesWhere(codes, (c) => c.mask !== 0)
  writeSubset(w, n, customised)
  writeColumn(
    w,
    customised.map((i) => codes[i]?.mask ?? 0),
  )
  writeColumn(
    w,
    codes.flatMap((c) => c.deltas),
  )

  writeColumn(
    w,
    props.map((p) => p.material.seed),
  )
  const unusual = indicesWhere(
    props.map(
      (p, i) => finishKey(finishOf(p.material)) !== finishKey(usual.get(kinds[i] as KnownKind) ?? {}),
    ),
    (differs) => differs,
  )
  writeSubset(w, n, unusual)
  for (const i of unusual) writeFinish(w, finishOf((props[i] as Prop).material))

  // Names: which props have one, the distinct names most used first, then each named prop's pick.
  const named = indicesWhere(props, (p) => p.name !== undefined)
  const labels = named.map((i) => props[i]?.name ?? '')
  const distinct = byUse(labels)
  writeSubset(w, n, named)
  if (named.length > 0) w.uint(distinct.length - 1)
  writeColumn(
    w,
    labels.map((l) => distinct.indexOf(l)),
  )
  const texts = writeExtras(
    w,
    scene,
    indicesWhere(kinds, (k) => k === CUSTOM_MODEL_LINK_KIND),
  )

  w.align()
  w.text(scene.name)
  w.text(scene.scale.name)
  for (const label of distinct) w.text(label)
  for (const text of texts) w.text(text)
  return w.finish()
}

/** The distinct items, most frequent first, ties in order of first use. */
function byUse<T>(items: readonly T[]): T[] {
  const counts = new Map<T, number>()
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1)
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))
}

function mostCommonFinish(props: readonly Prop[]): Finish {
  const counts = new Map<string, { finish: Finish; count: number }>()
  for (const p of props) {
    const finish = finishOf(p.material)
    const key = finishKey(finish)
    const entry = counts.get(key) ?? { finish, count: 0 }
    entry.count++
    counts.set(key, entry)
  }
  let best: { finish: Finish; count: number } = { finish: {}, count: 0 }
  for (const entry of counts.values()) if (entry.count > best.count) best = entry
  return best.finish
}
