import { createStore } from 'zustand/vanilla'
import type { CameraProjection, CameraView } from '../domain/scene/types'

/** The standard views of the Views menu and the number keys (1 front, 3 side, 7 top, 5 perspective). */
export type ViewDirection = 'top' | 'front' | 'side' | 'perspective'

/** What the 3D view does for the panels: the functions it registers. */
export interface CameraControls {
  /** Where the camera stands now, in model mm; null when it cannot say (no frame drawn yet). */
  getView(): CameraView | null
  /** Moves the camera to a saved view, switching projection when the view's differs. */
  goTo(view: CameraView): void
  setProjection(projection: CameraProjection): void
  /**
   * Looks at the base from the top, the front (from +z towards -z), the side (from +x) or from the usual
   * three-quarter perspective, framing the whole base.
   */
  viewFrom(direction: ViewDirection): void
  /** Frames the selected props (or the whole base when nothing is selected). */
  focusSelection(): void
}

/**
 * The camera as the panels and the keyboard reach it. The 3D view owns the camera; ui/ never imports
 * viewport/, so the Views menu, the bookmarks and the shortcuts call it through this bridge. The camera is
 * neither document nor history: going to a view is never an undo step (saving one as a bookmark is).
 *
 * Contract for the 3D view:
 * - When its camera is ready, call `viewBridge.getState().register(controls)`; call the function it returns
 *   when it unmounts. A view mounted afresh (after a lost WebGL context) may register before the old one
 *   unregisters: unregistering only clears controls that are still the registered ones.
 * - When the projection changes by the view's own doing (a bookmark or a standard view of the other
 *   projection, a key handled in the canvas), call `projectionChanged(p)` so the menu shows it. `setProjection`
 *   and `goTo` called through the bridge record it themselves.
 * - Every call is synchronous and cheap; animate if you like, but `getView` returns where the camera is now.
 *
 * Until a view registers, every call is a no-op, `getView()` is null and `available` is false, so panels can
 * say why "Save view" is not possible yet.
 */
export interface ViewBridge extends CameraControls {
  /** Whether a 3D view has registered its controls. */
  readonly available: boolean
  /** The projection the camera uses, as last set or reported. */
  readonly projection: CameraProjection
  /** Connects a 3D view; returns the function that disconnects it. */
  register(controls: CameraControls): () => void
  projectionChanged(projection: CameraProjection): void
}

export function createViewBridge() {
  let current: CameraControls | null = null
  return createStore<ViewBridge>()((set) => ({
    available: false,
    projection: 'perspective',
    register: (controls) => {
      current = controls
      set({ available: true })
      return () => {
        if (current !== controls) return
        current = null
        set({ available: false })
      }
    },
    projectionChanged: (projection) => set({ projection }),
    getView: () => current?.getView() ?? null,
    goTo: (view) => {
      if (!current) return
      current.goTo(view)
      set({ projection: view.projection })
    },
    setProjection: (projection) => {
      if (!current) return
      current.setProjection(projection)
      set({ projection })
    },
    viewFrom: (direction) => current?.viewFrom(direction),
    focusSelection: () => current?.focusSelection(),
  }))
}

export type ViewBridgeStore = ReturnType<typeof createViewBridge>

/** The page's one bridge: there is one 3D view per page. */
export const viewBridge: ViewBridgeStore = createViewBridge()
