import type { StateCreator } from 'zustand'
import { addBookmark, removeBookmark, renameBookmark, updateBookmark } from '../domain/scene/bookmarks'
import type { BookmarkId, CameraView } from '../domain/scene/types'
import type { EditorState } from './editorStore'

/**
 * Saved camera views. They belong to the document (a share link carries them), so adding, renaming and
 * removing one is an undo step; moving the camera, or going to a bookmark, is not.
 */
export interface BookmarkSlice {
  /** Saves the view as a bookmark named `name` (or "View n"); its id, or undefined at the limit of 100. */
  addBookmark(camera: CameraView, name?: string): BookmarkId | undefined
  renameBookmark(id: BookmarkId, name: string): void
  /** Saves the current view under an existing bookmark, keeping its name. */
  updateBookmark(id: BookmarkId, camera: CameraView): void
  removeBookmark(id: BookmarkId): void
}

export const createBookmarkSlice: StateCreator<EditorState, [], [], BookmarkSlice> = (_set, get) => ({
  addBookmark: (camera, name) => {
    const { scene, id } = addBookmark(get().scene, camera, name)
    get().commit(scene, 'Add view')
    return get().scene.bookmarks.some((b) => b.id === id) ? id : undefined
  },
  renameBookmark: (id, name) => get().commit(renameBookmark(get().scene, id, name), 'Rename view'),
  updateBookmark: (id, camera) => get().commit(updateBookmark(get().scene, id, camera), 'Update view'),
  removeBookmark: (id) => get().commit(removeBookmark(get().scene, id), 'Remove view'),
})
