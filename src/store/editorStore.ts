import { create } from 'zustand'
import { addProp, findFreeSpot, makeProp, nextSeed } from '../domain/scene/addProp'
import {
  removeProps,
  renameProp,
  setPropMaterial,
  setPropParam,
  setPropPosition,
  setPropRotation,
} from '../domain/scene/editProps'
import { changeScale, type RescaleMode } from '../domain/scene/changeScale'
import { demoScene } from '../domain/scene/demoScene'
import type { MaterialOptions, PropId, Scene } from '../domain/scene/types'
import type { ModelScale } from '../domain/units/scale'
import type { UnitSystem } from '../domain/units/unitSystem'
import type { Vec3 } from '../domain/units/vec'
import { createArrangeSlice, type ArrangeSlice } from './arrangeSlice'
import { createBookmarkSlice, type BookmarkSlice } from './bookmarkSlice'
import { applyStep, diffScenes, emptyHistory, record, type History } from './history'
import type { Notice } from './notices'
import { createSelectionSlice, existing, type SelectionSlice } from './selectionSlice'
import { createSnapSlice, type SnapSlice } from './snapSlice'

/**
 * The editor: the document and its history here; selection, snapping, arranging the selection and camera
 * bookmarks in their slices (selectionSlice.ts, snapSlice.ts, arrangeSlice.ts, bookmarkSlice.ts).
 */
export interface EditorState extends SelectionSlice, SnapSlice, ArrangeSlice, BookmarkSlice {
  /** The document: the one truth the viewport and the panels project. */
  readonly scene: Scene
  readonly history: History
  readonly notices: readonly Notice[]
  /** A shared scene seen in the viewer: nothing changes it (edits go to a copy). */
  readonly readOnly: boolean
  /** View preferences: never in the document, never an undo step. */
  readonly units: UnitSystem
  readonly showFigure: boolean
  /** The cut list drawer below the 3D view. */
  readonly cutListOpen: boolean

  /** Records one undo step from the current scene to `next` (no step when nothing changed). */
  commit(next: Scene, label: string): void
  undo(): void
  redo(): void
  /** Replaces the document at boot; history starts afresh. */
  loadScene(scene: Scene): void
  /** Replaces the document as one undo step (open a file, new scene): the previous scene is one undo away. */
  replaceScene(scene: Scene, label: string): void

  addPropOfKind(kind: string): PropId
  deleteSelection(): void
  moveProp(id: PropId, position: Vec3): void
  rotateProp(id: PropId, rotationDeg: Vec3): void
  setParam(id: PropId, name: string, value: number): void
  rename(id: PropId, name: string): void
  setSurface(id: PropId, patch: Partial<Omit<MaterialOptions, 'seed'>>): void
  renameScene(name: string): void
  /** The open scene now lives under another id and name (saved as a copy): not an edit, no undo step. */
  adoptIdentity(id: string, name: string): void
  /** One undo step, whichever way the sizes go. */
  setScale(scale: ModelScale, mode: RescaleMode): void
  setUnits(units: UnitSystem): void
  setShowFigure(show: boolean): void
  setCutListOpen(open: boolean): void

  notify(notice: Omit<Notice, 'id'> & { id?: string }): void
  dismiss(id: string): void
}

let noticeCounter = 0

export const createEditorStore = (initial: Scene = demoScene(), options: { readOnly?: boolean } = {}) =>
  create<EditorState>()((set, get, api) => {
    const edit = (label: string, change: (s: Scene) => Scene) => get().commit(change(get().scene), label)
    const step = (direction: 'undo' | 'redo') => {
      const { history, scene, selection } = get()
      const stack = direction === 'undo' ? history.past : history.future
      const last = stack[stack.length - 1]
      if (!last) return
      const next = applyStep(scene, last, direction)
      const rest = stack.slice(0, -1)
      set({
        scene: next,
        history:
          direction === 'undo'
            ? { past: rest, future: [...history.future, last] }
            : { past: [...history.past, last], future: rest },
        selection: existing(next, selection),
      })
    }
    return {
      ...createSelectionSlice(set, get, api),
      ...createSnapSlice(set, get, api),
      ...createArrangeSlice(set, get, api),
      ...createBookmarkSlice(set, get, api),
      scene: initial,
      history: emptyHistory,
      notices: [],
      readOnly: options.readOnly ?? false,
      units: 'metric',
      showFigure: false,
      cutListOpen: false,

      commit: (next, label) => {
        const prev = get().scene
        if (next === prev || get().readOnly) return
        const stamped = { ...next, updatedAt: new Date().toISOString() }
        set({
          scene: stamped,
          history: record(get().history, diffScenes(prev, stamped, label)),
          selection: existing(stamped, get().selection),
        })
      },
      undo: () => step('undo'),
      redo: () => step('redo'),
      loadScene: (scene) => set({ scene, history: emptyHistory, selection: [] }),
      replaceScene: (scene, label) => {
        get().commit(scene, label)
        set({ selection: [] })
      },

      addPropOfKind: (kind) => {
        const scene = get().scene
        const draft = makeProp({ kind, seed: nextSeed(scene) })
        const prop = { ...draft, position: findFreeSpot(scene, draft) }
        get().commit(addProp(scene, prop), 'Add prop')
        set({ selection: [prop.id] })
        return prop.id
      },
      deleteSelection: () => {
        const ids = get().selection
        if (ids.length > 0) edit(ids.length > 1 ? 'Delete props' : 'Delete prop', (s) => removeProps(s, ids))
      },
      moveProp: (id, position) => edit('Move', (s) => setPropPosition(s, id, position)),
      rotateProp: (id, rotation) => edit('Rotate', (s) => setPropRotation(s, id, rotation)),
      setParam: (id, name, value) => edit('Change parameter', (s) => setPropParam(s, id, name, value)),
      rename: (id, name) => edit('Rename', (s) => renameProp(s, id, name)),
      setSurface: (id, patch) => edit('Change surface', (s) => setPropMaterial(s, id, patch)),
      renameScene: (name) => {
        const trimmed = name.trim().slice(0, 120)
        if (trimmed && trimmed !== get().scene.name)
          get().commit({ ...get().scene, name: trimmed }, 'Rename scene')
      },
      adoptIdentity: (id, name) => set({ scene: { ...get().scene, id, name } }),
      setScale: (scale, mode) => edit('Change scale', (s) => changeScale(s, scale, mode)),
      setUnits: (units) => set({ units }),
      setShowFigure: (showFigure) => set({ showFigure }),
      setCutListOpen: (cutListOpen) => set({ cutListOpen }),

      notify: (notice) =>
        set({ notices: [...get().notices, { ...notice, id: notice.id ?? `notice-${++noticeCounter}` }] }),
      dismiss: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    }
  })

export type EditorStore = ReturnType<typeof createEditorStore>
