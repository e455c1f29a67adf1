import type { Prop, Scene } from '../domain/scene/types'
import { propText, sceneShell } from './sceneText'

/**
 * A scene is stored as a small head (the scene's text either side of its props) and its props in parts of
 * 16 to 120, each under a key of its own. An autosave after an edit writes the head and the part that
 * changed, not the whole scene: handing 1.2 MB of text to IndexedDB costs the main thread ~5 ms at 5,000
 * props; one part costs a tenth of that.
 *
 * Where a part ends is decided by the props' own ids (content-defined chunking, as backup tools cut files):
 * adding or deleting a prop changes its own part and leaves every later part as it was.
 */
export const PARTS_FORMAT = 'diorama-scene-parts'

export interface PartsHead {
  readonly format: typeof PARTS_FORMAT
  readonly before: string
  readonly after: string
  readonly parts: number
  /** New on every write: a tab knows the stored parts are the ones it wrote while the head carries its token. */
  readonly token: string
}

/** A stored part as this tab wrote or read it: its text and, once this tab has written it, its props. */
export interface Part {
  readonly text: string
  readonly props?: readonly Prop[]
}

/**
 * Props per part: at least MIN_PART, then a part ends after a prop whose id hashes to 0 modulo HASH_CUT, and
 * at MAX_PART at the latest. Parts stay under 64 KB of text (about 50 KB at 120 of the largest props):
 * Chromium hands larger values to IndexedDB as blobs, which costs the main thread several times more.
 */
const MIN_PART = 16
const HASH_CUT = 64
const MAX_PART = 120

/** Part keys sort in part order after the scene's own key: `scene:s-1#000003`. */
export const partKey = (sceneKey: string, n: number): string => `${sceneKey}#${String(n).padStart(6, '0')}`
/** The key range holding parts `from` onwards (every part, from 0). */
export const partsFrom = (sceneKey: string, from: number): IDBKeyRange =>
  IDBKeyRange.bound(partKey(sceneKey, from), `${sceneKey}#\uffff`)

export function isPartsHead(value: unknown): value is PartsHead {
  const v = value as Partial<PartsHead> | null
  return (
    typeof v === 'object' &&
    v !== null &&
    v.format === PARTS_FORMAT &&
    typeof v.before === 'string' &&
    typeof v.after === 'string' &&
    typeof v.token === 'string' &&
    Number.isInteger(v.parts)
  )
}

/** The head's parts in order, looked up by key (undefined where one is missing). */
export const storedParts = (
  sceneKey: string,
  head: PartsHead,
  lookup: (key: string) => unknown,
): (string | undefined)[] =>
  Array.from({ length: head.parts }, (_, n) => {
    const text = lookup(partKey(sceneKey, n))
    return typeof text === 'string' ? text : undefined
  })

/** The scene's whole text from its head and parts; a missing part reads as `null`, so the damage shows. */
export const joinParts = (head: PartsHead, parts: readonly (string | undefined)[]): string =>
  `${head.before}[${parts.map((p) => p ?? 'null').join(',')}]${head.after}`

/** FNV-1a: cheap, and the same for an id wherever it sits in the scene. */
function idHash(id: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** Where each part ends (exclusive index into the props). */
export function partEnds(props: readonly Prop[]): number[] {
  const ends: number[] = []
  let start = 0
  for (let i = 0; i < props.length; i++) {
    const size = i + 1 - start
    if (size >= MAX_PART || (size >= MIN_PART && idHash((props[i] as Prop).id) % HASH_CUT === 0)) {
      ends.push(i + 1)
      start = i + 1
    }
  }
  if (start < props.length) ends.push(props.length)
  return ends
}

const sameProps = (known: readonly Prop[], props: readonly Prop[], start: number, end: number) => {
  if (known.length !== end - start) return false
  for (let i = start; i < end; i++) if (known[i - start] !== props[i]) return false
  return true
}

export interface PartsPlan {
  readonly head: Omit<PartsHead, 'token'>
  readonly parts: readonly Part[]
  /** Indexes of the parts whose stored text must be written. */
  readonly changed: readonly number[]
}

/**
 * The scene in parts, and which of them differ from `known` (what is stored, when this tab knows it). A part
 * whose props are the same objects as when written is not even joined again.
 */
export function planParts(scene: Scene, known: readonly Part[] | undefined): PartsPlan {
  const parts: Part[] = []
  const changed: number[] = []
  let start = 0
  for (const end of partEnds(scene.props)) {
    const before = known?.[parts.length]
    if (before?.props && sameProps(before.props, scene.props, start, end)) parts.push(before)
    else {
      const props = scene.props.slice(start, end)
      const text = props.map(propText).join(',')
      if (before?.text !== text) changed.push(parts.length)
      parts.push({ text, props })
    }
    start = end
  }
  return { head: { format: PARTS_FORMAT, ...sceneShell(scene), parts: parts.length }, parts, changed }
}
