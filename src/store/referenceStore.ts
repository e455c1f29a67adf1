import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'

export type ReferenceMode = 'base' | 'backdrop'

/** A photo of the real place to build over: laid on the base or stood behind it, at a true width. */
export interface ReferencePhoto {
  readonly image: Blob
  readonly widthPx: number
  readonly heightPx: number
  readonly mode: ReferenceMode
  /** 0.05 to 1. */
  readonly opacity: number
  /** Width of the photo in the scene, model mm (set by hand or by marking two points). */
  readonly widthMm: number
}

/**
 * The open scene's reference photo: a working aid kept in this browser with the scene, never in its file or
 * share link (photos are megabytes; the link is for the build). Not an undo step.
 */
export interface ReferenceState {
  readonly photo: ReferencePhoto | null
  /** Set by the app when storing the photo failed; the photo stays until the tab closes. */
  readonly problem?: string
  setPhoto(photo: ReferencePhoto | null): void
  update(patch: Partial<Omit<ReferencePhoto, 'image' | 'widthPx' | 'heightPx'>>): void
  setProblem(problem: string | undefined): void
}

export const referenceStore = createStore<ReferenceState>()((set, get) => ({
  photo: null,
  setPhoto: (photo) => set({ photo }),
  update: (patch) => {
    const photo = get().photo
    if (photo) set({ photo: { ...photo, ...patch } })
  },
  setProblem: (problem) => set({ problem }),
}))

export const useReference = <T>(selector: (s: ReferenceState) => T): T => useStore(referenceStore, selector)
