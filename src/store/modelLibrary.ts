import { createContext, useContext } from 'react'
import type { Vec3 } from '../domain/units/vec'

/** An imported model kept on this device: a triangle soup in model mm, standing on its underside. */
export interface StoredModel {
  /** Content hash of the file: the same file imported twice is one model. */
  readonly id: string
  readonly name: string
  readonly sizeMm: Vec3
  readonly positions: Float32Array
  readonly triangles: number
}

export type ModelImport =
  { readonly ok: true; readonly model: StoredModel } | { readonly ok: false; readonly reason: string }

/**
 * The maker's imported models (glTF, GLB, STL). The app provides it (IndexedDB); panels and the viewport use it
 * through this interface. Scenes refer to models by id; a scene whose model is missing here shows a placeholder.
 */
export interface ModelLibrary {
  importFile(file: File): Promise<ModelImport>
  /** The model if it is loaded already; `load` fetches it from storage. */
  get(id: string): StoredModel | undefined
  load(id: string): Promise<StoredModel | undefined>
  /** Every model kept here (loaded from storage on first call); the same array until one is added. */
  list(): readonly StoredModel[]
  /** Calls back when a model is imported or loaded. Returns the unsubscribe. */
  subscribe(listener: () => void): () => void
}

/** Loads the library when first needed (its code and storage stay out of the first load). */
export type ModelLibraryLoader = () => Promise<ModelLibrary>

export const ModelLibraryContext = createContext<ModelLibraryLoader | null>(null)

export function useModelLibraryLoader(): ModelLibraryLoader {
  const loader = useContext(ModelLibraryContext)
  if (!loader) throw new Error('useModelLibraryLoader must be used inside <ModelLibraryContext.Provider>')
  return loader
}
