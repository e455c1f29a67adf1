import { LIMITS } from '../schema/limits'
import { vec3, type Vec3 } from '../units/vec'
import { newId } from './ids'
import type { BookmarkId, CameraBookmark, CameraView, Scene } from './types'

const cleanName = (name: string): string => name.trim().slice(0, LIMITS.maxLabelChars).trim()
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n))
const finite = (v: Vec3) => Number.isFinite(v.x) && Number.isFinite(v.y) && Number.isFinite(v.z)
const bounded = (v: Vec3): Vec3 => {
  const c = (n: number) => clamp(n, -LIMITS.maxCameraMm, LIMITS.maxCameraMm) + 0
  return vec3(c(v.x), c(v.y), c(v.z))
}

/** A camera view as a document can hold it, or undefined for one that is not a view at all (NaN). */
function cleanView(view: CameraView): CameraView | undefined {
  if (!finite(view.position) || !finite(view.target)) return undefined
  const zoom = view.zoom === undefined || !Number.isFinite(view.zoom) ? undefined : view.zoom
  return {
    projection: view.projection,
    position: bounded(view.position),
    target: bounded(view.target),
    ...(zoom === undefined ? {} : { zoom: clamp(zoom, LIMITS.minZoom, LIMITS.maxZoom) }),
  }
}

/** "View 1", "View 2"...: the first such name no bookmark has. */
function nextViewName(scene: Scene): string {
  const taken = new Set(scene.bookmarks.map((b) => b.name))
  for (let n = 1; ; n++) if (!taken.has(`View ${n}`)) return `View ${n}`
}

/**
 * Saves a camera view with the scene, named `name` (or "View n"). A view out of bounds is brought within
 * them; a view that is no view (NaN) or a scene at the bookmark limit is left as it is (no `id`).
 */
export function addBookmark(
  scene: Scene,
  view: CameraView,
  name?: string,
): { scene: Scene; id?: BookmarkId } {
  const clean = cleanView(view)
  if (!clean || scene.bookmarks.length >= LIMITS.maxBookmarks) return { scene }
  const bookmark: CameraBookmark = {
    id: newId('b'),
    name: cleanName(name ?? '') || nextViewName(scene),
    ...clean,
  }
  return { scene: { ...scene, bookmarks: [...scene.bookmarks, bookmark] }, id: bookmark.id }
}

function changeBookmark(scene: Scene, id: BookmarkId, change: (b: CameraBookmark) => CameraBookmark): Scene {
  const found = scene.bookmarks.find((b) => b.id === id)
  const next = found && change(found)
  if (!found || !next || next === found) return scene
  return { ...scene, bookmarks: scene.bookmarks.map((b) => (b === found ? next : b)) }
}

/** Renames a bookmark; an empty name is refused (same scene). */
export const renameBookmark = (scene: Scene, id: BookmarkId, name: string): Scene =>
  changeBookmark(scene, id, (b) => {
    const clean = cleanName(name)
    return clean && clean !== b.name ? { ...b, name: clean } : b
  })

/** Saves the current view under an existing bookmark, keeping its name. */
export const updateBookmark = (scene: Scene, id: BookmarkId, view: CameraView): Scene =>
  changeBookmark(scene, id, (b) => {
    const clean = cleanView(view)
    return clean ? { id: b.id, name: b.name, ...clean } : b
  })

export function removeBookmark(scene: Scene, id: BookmarkId): Scene {
  const bookmarks = scene.bookmarks.filter((b) => b.id !== id)
  return bookmarks.length === scene.bookmarks.length ? scene : { ...scene, bookmarks }
}
