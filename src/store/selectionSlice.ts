import type { StateCreator } from 'zustand'
import type { PropId, Scene } from '../domain/scene/types'
import type { EditorState } from './editorStore'

/** Which props are selected: view state, never a document change, never an undo step. */
export interface SelectionSlice {
  /** In the order they were selected; only props the scene has. */
  readonly selection: readonly PropId[]
  /** Selects exactly these props (a click, a marquee). */
  select(ids: readonly PropId[]): void
  /** Shift/Ctrl-click: adds the prop, or takes it out when it is selected. */
  toggleSelected(id: PropId): void
  /** Shift-marquee: adds props to what is selected. */
  addToSelection(ids: readonly PropId[]): void
  removeFromSelection(ids: readonly PropId[]): void
  /** Every prop that is shown (Ctrl+A); hidden props are left out. */
  selectAll(): void
  clearSelection(): void
}

/** The ids the scene has, each once, in the order given. */
export function existing(scene: Scene, ids: readonly PropId[]): PropId[] {
  const known = new Set(scene.props.map((p) => p.id))
  return [...new Set(ids)].filter((id) => known.has(id))
}

export const createSelectionSlice: StateCreator<EditorState, [], [], SelectionSlice> = (set, get) => ({
  selection: [],
  select: (ids) => set({ selection: existing(get().scene, ids) }),
  toggleSelected: (id) => {
    const { selection } = get()
    get().select(selection.includes(id) ? selection.filter((x) => x !== id) : [...selection, id])
  },
  addToSelection: (ids) => get().select([...get().selection, ...ids]),
  removeFromSelection: (ids) => {
    const gone = new Set(ids)
    set({ selection: get().selection.filter((id) => !gone.has(id)) })
  },
  selectAll: () =>
    set({
      selection: get()
        .scene.props.filter((p) => !p.hidden)
        .map((p) => p.id),
    }),
  clearSelection: () => set({ selection: [] }),
})
