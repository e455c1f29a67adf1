import { createStore, del, get, promisifyRequest, set, update } from 'idb-keyval'
import { newId } from '../domain/scene/ids'
import { summarize, upsertSummary, type SceneSummary } from '../domain/scene/summary'
import type { Scene } from '../domain/scene/types'
import {
  isPartsHead,
  joinParts,
  partKey,
  partsFrom,
  planParts,
  storedParts,
  type Part,
  type PartsHead,
} from './sceneParts'
import { sceneText } from './sceneText'

/**
 * Where scenes live in IndexedDB. Each scene is a head under its own key and its props in parts beside it
 * (see sceneParts.ts; early builds kept the whole JSON text under the key, which is still read), with a
 * revision counter that lets two tabs notice each other's writes. What is read is the scene's text byte for
 * byte, so damaged data can be recovered.
 */
const INDEX = 'scenes:index'
const CURRENT = 'scenes:current'
const sceneKey = (id: string) => `scene:${id}`
const revKey = (id: string) => `rev:${id}`
const binKey = (id: string) => `bin:${id}`
const unsavedKey = (id: string) => `unsaved:${id}`
/** Written by the first builds, before scenes had a list: read once and moved into it. */
export const LEGACY_AUTOSAVE_KEY = 'autosave:scene'

export const listScenes = async (): Promise<SceneSummary[]> => (await get<SceneSummary[]>(INDEX)) ?? []
export const setCurrentSceneId = (id: string): Promise<void> => set(CURRENT, id)

/** idb-keyval's own database, opened for transactions that span several keys. */
const kv = createStore('keyval-store', 'keyval')

/**
 * The parts this tab knows to be stored, per scene, valid while the stored head carries the token: a save
 * then writes only the parts that differ. Kept for the last two scenes read or written.
 */
const known = new Map<string, { token: string; parts: readonly Part[] }>()
function remember(id: string, token: string, parts: readonly Part[]): void {
  known.delete(id)
  known.set(id, { token, parts })
  const oldest = known.keys().next().value
  if (known.size > 2 && oldest !== undefined) known.delete(oldest)
}

/**
 * The stored text and revision of a scene, read in one transaction; `raw` is whatever was there, damaged or
 * not (a missing part reads as `null` among the props).
 */
export function readScene(id: string): Promise<{ raw: unknown; rev: number }> {
  const key = sceneKey(id)
  return kv('readonly', (store) => {
    const revRequest = store.get(revKey(id))
    const headRequest = store.get(key)
    let keys: IDBRequest<IDBValidKey[]> | undefined
    let values: IDBRequest<unknown[]> | undefined
    headRequest.onsuccess = () => {
      if (!isPartsHead(headRequest.result)) return
      keys = store.getAllKeys(partsFrom(key, 0))
      values = store.getAll(partsFrom(key, 0))
    }
    return promisifyRequest(store.transaction).then(() => {
      const rev = typeof revRequest.result === 'number' ? revRequest.result : 0
      const head: unknown = headRequest.result
      if (!isPartsHead(head) || !keys || !values) return { raw: head, rev }
      const stored = new Map<IDBValidKey, unknown>(keys.result.map((k, i) => [k, values?.result[i]]))
      const texts = storedParts(key, head, (k) => stored.get(k))
      if (texts.every((t) => t !== undefined))
        remember(
          id,
          head.token,
          texts.map((text) => ({ text })),
        )
      return { raw: joinParts(head, texts), rev }
    })
  })
}

/**
 * Ties the parts read for a scene to the props of the scene opened from them, when their texts match, so the
 * first save after opening compares props rather than joining and comparing every part's text. For idle
 * time, once the props' texts are written (see warmSceneText).
 */
export function adoptStoredParts(scene: Scene): void {
  const mine = known.get(scene.id)
  if (!mine || mine.parts.every((p) => p.props)) return
  const plan = planParts(scene, mine.parts)
  const changed = new Set(plan.changed)
  const parts = mine.parts.map((part, n) => (changed.has(n) ? undefined : plan.parts[n]) ?? part)
  remember(scene.id, mine.token, parts)
}

/** workMs: main-thread time the save took, summed over its synchronous steps (not the time it waited). */
export type SaveResult = ({ ok: true; rev: number } | { ok: false; conflict: true }) & { workMs: number }

/**
 * Saves a scene if nobody else saved it since `baseRev` (the revision this tab last read or wrote). The check,
 * the scene, its revision and the list entry are one IndexedDB transaction, with every request issued before
 * the first callback returns: it completes even when the tab is closing, and two tabs cannot both pass it.
 * Only the parts that changed since this tab's last write are written.
 */
export function saveScene(
  scene: Scene,
  baseRev: number,
  options: { thumbnail?: string; open?: boolean } = {},
): Promise<SaveResult> {
  let workMs = 0
  const timed = <T>(step: () => T): T => {
    const started = performance.now()
    try {
      return step()
    } finally {
      workMs += performance.now() - started
    }
  }
  return kv('readwrite', (store) =>
    timed(() => {
      let saved: { ok: true; rev: number; token: string; parts: readonly Part[] } | undefined
      let thrown: unknown
      const key = sceneKey(scene.id)
      const revRequest = store.get(revKey(scene.id))
      const indexRequest = store.get(INDEX)
      // Requests complete in order: when the head is in, so are the others.
      const headRequest = store.get(key)
      headRequest.onsuccess = () =>
        timed(() => {
          const now = typeof revRequest.result === 'number' ? revRequest.result : 0
          if (now !== baseRev) return
          const list = Array.isArray(indexRequest.result) ? (indexRequest.result as SceneSummary[]) : []
          const stored: unknown = headRequest.result
          const mine = known.get(scene.id)
          const plan = planParts(
            scene,
            isPartsHead(stored) && stored.token === mine?.token ? mine.parts : undefined,
          )
          const head: PartsHead = { ...plan.head, token: newId('t') }
          try {
            store.put(now + 1, revKey(scene.id))
            for (const n of plan.changed) store.put(plan.parts[n]?.text, partKey(key, n))
            store.delete(partsFrom(key, plan.parts.length))
            store.put(head, key)
            store.put(upsertSummary(list, summarize(scene, options.thumbnail)), INDEX)
            // The scene being saved is the one open in this tab, unless said otherwise (a copy made from the list).
            if (options.open !== false) store.put(scene.id, CURRENT)
            saved = { ok: true, rev: now + 1, token: head.token, parts: plan.parts }
          } catch (e) {
            // A write refused on the spot (storage full, say): keep its own error, not the abort that follows.
            thrown = e
            store.transaction.abort()
          }
        })
      return promisifyRequest(store.transaction).then(
        () =>
          timed((): SaveResult => {
            if (!saved) return { ok: false, conflict: true, workMs }
            remember(scene.id, saved.token, saved.parts)
            // A proper save supersedes what a closing tab set aside.
            if (options.open !== false) {
              dropUnsaved(scene.id)
              clearAsideCurrent()
            }
            return { ok: true, rev: saved.rev, workMs }
          }),
        (e: unknown) => Promise.reject(thrown ?? e),
      )
    }),
  )
}

function clearAsideCurrent(): void {
  try {
    localStorage.removeItem(CURRENT)
  } catch {
    // nothing to clear
  }
}

/** What a closing tab set aside: the scene text and the revision it was based on. */
export interface Unsaved {
  readonly text: string
  readonly baseRev: number
}

/**
 * The last word of a closing tab. IndexedDB is asynchronous, and a closing page may be gone before its
 * transaction commits, so the scene is set aside in localStorage, which writes synchronously. The next start
 * decides whether it is newer than what is stored or belongs in a copy; a proper save clears it.
 */
export function setAsideUnsaved(scene: Scene, baseRev: number): void {
  try {
    localStorage.setItem(
      unsavedKey(scene.id),
      JSON.stringify({ text: sceneText(scene), baseRev } satisfies Unsaved),
    )
    localStorage.setItem(CURRENT, scene.id)
  } catch {
    // Full or unavailable: the asynchronous save still runs, and the banner has said storage is failing.
  }
}

export function readUnsaved(id: string): Unsaved | undefined {
  try {
    const raw = localStorage.getItem(unsavedKey(id))
    const parsed: unknown = raw ? JSON.parse(raw) : undefined
    const u = parsed as Partial<Unsaved> | undefined
    return typeof u?.text === 'string' && typeof u.baseRev === 'number'
      ? { text: u.text, baseRev: u.baseRev }
      : undefined
  } catch {
    return undefined
  }
}

export function dropUnsaved(id: string): void {
  try {
    localStorage.removeItem(unsavedKey(id))
  } catch {
    // nothing to clear
  }
}

/** The open scene's id: a closing tab's word (localStorage) wins over the last checked save's. */
export async function currentSceneId(): Promise<string | undefined> {
  let aside: string | null
  try {
    aside = localStorage.getItem(CURRENT)
  } catch {
    aside = null
  }
  return aside ?? (await get<string>(CURRENT))
}

export async function setThumbnail(id: string, thumbnail: string): Promise<void> {
  await update<SceneSummary[]>(INDEX, (list) =>
    (list ?? []).map((s) => (s.id === id ? { ...s, thumbnail } : s)),
  )
}

export async function renameInIndex(id: string, name: string): Promise<void> {
  await update<SceneSummary[]>(INDEX, (list) => (list ?? []).map((s) => (s.id === id ? { ...s, name } : s)))
}

/** Moves a scene to the bin (kept, not deleted) and out of the list. */
export async function binScene(id: string): Promise<void> {
  const [{ raw }, list] = await Promise.all([readScene(id), listScenes()])
  const summary = list.find((s) => s.id === id)
  await set(binKey(id), { raw, summary })
  await update<SceneSummary[]>(INDEX, (l) => (l ?? []).filter((s) => s.id !== id))
  known.delete(id)
  await kv('readwrite', (store) => {
    store.delete(sceneKey(id))
    store.delete(partsFrom(sceneKey(id), 0))
    return promisifyRequest(store.transaction)
  })
}

export async function restoreScene(id: string): Promise<void> {
  const binned = await get<{ raw: unknown; summary?: SceneSummary }>(binKey(id))
  if (!binned) return
  await set(sceneKey(id), binned.raw)
  const summary = binned.summary
  if (summary) await update<SceneSummary[]>(INDEX, (l) => upsertSummary(l ?? [], summary))
  await del(binKey(id))
}

/** A browser's "storage full" error, by the names Chromium and Firefox give it. */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
}
