import { get, keys, set } from 'idb-keyval'
import type { ModelImport, ModelLibrary, StoredModel } from '../store/modelLibrary'
import { formatBytes, MODEL_LIMITS } from '../models/modelLimits'
import { isQuotaError } from './sceneStore'

const KEY_PREFIX = 'model:'

/**
 * Imported models in IndexedDB under `model:<hash>`, and in memory once used. A file too large is refused from
 * its size alone, before a byte is read; the parser (three's loaders) loads only when a file is imported.
 */
export function createModelStore(): ModelLibrary {
  const loaded = new Map<string, StoredModel>()
  const listeners = new Set<() => void>()
  // The list is a snapshot, replaced on change, so React's external-store reads see a stable value.
  let snapshot: readonly StoredModel[] = []
  const changed = () => {
    snapshot = [...loaded.values()]
    listeners.forEach((l) => l())
  }
  let listed = false

  const remember = (model: StoredModel) => {
    loaded.set(model.id, model)
    changed()
  }

  const library: ModelLibrary = {
    async importFile(file: File): Promise<ModelImport> {
      if (file.size > MODEL_LIMITS.maxBytes)
        return {
          ok: false,
          reason: `"${file.name}" is ${formatBytes(file.size)}; models up to ${formatBytes(MODEL_LIMITS.maxBytes)} can be imported`,
        }
      const bytes = new Uint8Array(await file.arrayBuffer())
      const [{ readModelFile }, id] = await Promise.all([
        import('../models/readModelFile'),
        contentHash(bytes),
      ])
      const read = await readModelFile(file.name, bytes)
      if (!read.ok) return { ok: false, reason: `"${file.name}" could not be imported: ${read.reason}` }
      const model: StoredModel = { id, ...read.model }
      try {
        await set(KEY_PREFIX + id, model)
      } catch (e) {
        const why = isQuotaError(e) ? 'storage is full' : 'storage is not available'
        remember(model)
        return {
          ok: false,
          reason: `"${file.name}" is shown but not kept (${why}): it will be gone after a reload`,
        }
      }
      remember(model)
      return { ok: true, model }
    },
    get: (id) => loaded.get(id),
    async load(id) {
      const known = loaded.get(id)
      if (known) return known
      try {
        const stored = await get<StoredModel>(KEY_PREFIX + id)
        if (stored && stored.positions instanceof Float32Array) remember(stored)
        return stored
      } catch {
        return undefined
      }
    },
    list() {
      if (!listed) {
        listed = true
        // Through a promise: where IndexedDB cannot be opened at all, idb-keyval throws at once, and this
        // runs while React renders.
        void Promise.resolve()
          .then(() => keys())
          .then((all) =>
            Promise.all(all.filter(isModelKey).map((k) => library.load(k.slice(KEY_PREFIX.length)))),
          )
          .catch(() => undefined)
      }
      return snapshot
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return library
}

const isModelKey = (k: IDBValidKey): k is string => typeof k === 'string' && k.startsWith(KEY_PREFIX)

/** The first 16 hex digits of the file's SHA-256: enough to tell a maker's models apart, short in a link. */
async function contentHash(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))
  return [...digest.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

let library: ModelLibrary | undefined

/** The one model library of this page, made on first use. */
export const loadModelLibrary = (): Promise<ModelLibrary> => Promise.resolve((library ??= createModelStore()))
