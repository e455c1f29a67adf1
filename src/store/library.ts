import { createContext, useContext } from 'react'
import type { Scene } from '../domain/scene/types'
import type { SceneSummary } from '../domain/scene/summary'

/**
 * The maker's scenes kept in this browser. The app provides it (IndexedDB); panels use it through this
 * interface, so the ui layer never touches storage itself.
 */
export interface SceneLibrary {
  list(): Promise<SceneSummary[]>
  /** Calls back whenever the list changes, in this tab or another. Returns the unsubscribe. */
  subscribe(listener: () => void): () => void
  open(id: string): Promise<void>
  /** Adds a scene (new, imported, a copy of a shared one) and opens it; the open scene is saved first. */
  add(scene: Scene): Promise<void>
  rename(id: string, name: string): Promise<void>
  duplicate(id: string): Promise<void>
  /** Moves a scene to the bin; `restore` brings it back. */
  remove(id: string): Promise<void>
  restore(id: string): Promise<void>
  /** The open scene's id. */
  currentId(): string
}

export const LibraryContext = createContext<SceneLibrary | null>(null)

export function useLibrary(): SceneLibrary {
  const library = useContext(LibraryContext)
  if (!library) throw new Error('useLibrary must be used inside <LibraryContext.Provider>')
  return library
}
