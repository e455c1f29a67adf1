import { createStore } from 'zustand/vanilla'

/** What the gizmo on the selection does: move it, or turn it about the vertical through its middle. */
export type GizmoMode = 'move' | 'turn'

/**
 * The 3D view's tools as the toolbar, the keyboard and the view share them. Not document and not history:
 * picking a tool is never an undo step.
 */
export interface ToolState {
  readonly gizmoMode: GizmoMode
  /** A drag on the 3D view draws a selection box instead of orbiting (Shift+drag always does). */
  readonly boxSelect: boolean
  setGizmoMode(mode: GizmoMode): void
  setBoxSelect(on: boolean): void
}

export function createToolStore() {
  return createStore<ToolState>()((set) => ({
    gizmoMode: 'move',
    boxSelect: false,
    setGizmoMode: (gizmoMode) => set({ gizmoMode }),
    setBoxSelect: (boxSelect) => set({ boxSelect }),
  }))
}

export type ToolStore = ReturnType<typeof createToolStore>

/** The page's one set of tools (one 3D view per page). */
export const toolStore: ToolStore = createToolStore()
