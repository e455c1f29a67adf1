import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { makeProp } from '../../src/domain/scene/addProp'
import { createScene } from '../../src/domain/scene/createScene'
import { demoScene } from '../../src/domain/scene/demoScene'
import { findProp } from '../../src/domain/scene/editProps'
import type { PropId, Scene } from '../../src/domain/scene/types'
import { vec3 } from '../../src/domain/units/vec'
import { createEditorStore, type EditorStore } from '../../src/store/editorStore'
import { HISTORY_LIMIT } from '../../src/store/history'
import { canRedo, canUndo, redoLabel, selectedProp, undoLabel } from '../../src/store/selectors'

const ids = (scene: Scene) => scene.props.map((p) => p.id)

let store: EditorStore
const state = () => store.getState()
const prop = (id: PropId) => findProp(state().scene, id)

beforeEach(() => {
  store = createEditorStore(demoScene())
})

describe('undo and redo', () => {
  it('undoes and redoes adding a prop', () => {
    const before = state().scene
    const id = state().addPropOfKind('rust.oil-drum')
    const added = prop(id)
    expect(added?.kind).toBe('rust.oil-drum')
    expect(state().selection).toEqual([id])
    expect(undoLabel(state())).toBe('Add prop')

    state().undo()
    expect(state().scene).toEqual(before)
    expect(state().selection).toEqual([]) // a prop that is gone is not selected
    expect(redoLabel(state())).toBe('Add prop')

    state().redo()
    expect(prop(id)).toBe(added)
    expect(ids(state().scene)).toEqual([...ids(before), id])
  })

  it('undoes and redoes a move', () => {
    const from = prop('demo-drum-1')?.position
    state().moveProp('demo-drum-1', vec3(1, 2, 3))
    expect(prop('demo-drum-1')?.position).toEqual({ x: 1, y: 2, z: 3 })
    expect(undoLabel(state())).toBe('Move')
    state().undo()
    expect(prop('demo-drum-1')?.position).toEqual(from)
    state().redo()
    expect(prop('demo-drum-1')?.position).toEqual({ x: 1, y: 2, z: 3 })
  })

  it('undoes and redoes a turn', () => {
    state().rotateProp('demo-pipe', vec3(0, 10, 0))
    state().undo()
    expect(prop('demo-pipe')?.rotation).toEqual({ x: 0, y: 75, z: 0 })
    state().redo()
    expect(prop('demo-pipe')?.rotation).toEqual({ x: 0, y: 10, z: 0 })
  })

  it('undoes and redoes a parameter change', () => {
    state().setParam('demo-girder', 'lengthMm', 200)
    expect(prop('demo-girder')?.params.lengthMm).toBe(200)
    expect(undoLabel(state())).toBe('Change parameter')
    state().undo()
    expect(prop('demo-girder')?.params.lengthMm).toBe(120)
    state().redo()
    expect(prop('demo-girder')?.params.lengthMm).toBe(200)
  })

  it('undoes and redoes a rename', () => {
    state().rename('demo-girder', 'Rail')
    state().undo()
    expect(prop('demo-girder')?.name).toBe('Girder')
    state().redo()
    expect(prop('demo-girder')?.name).toBe('Rail')
  })

  it('undoes a delete with every prop back in its place, the very same objects', () => {
    const before = state().scene
    state().select(['demo-rock-2', 'demo-floor', 'demo-drum-3'])
    state().deleteSelection()
    expect(ids(state().scene)).toEqual(
      ids(before).filter((id) => !['demo-rock-2', 'demo-floor', 'demo-drum-3'].includes(id)),
    )
    expect(undoLabel(state())).toBe('Delete props')
    state().undo()
    expect(ids(state().scene)).toEqual(ids(before))
    state().scene.props.forEach((p, i) => expect(p).toBe(before.props[i]))
    state().redo()
    expect(state().scene.props).toHaveLength(13)
  })

  it('names a single delete', () => {
    state().select(['demo-pipe'])
    state().deleteSelection()
    expect(undoLabel(state())).toBe('Delete prop')
  })

  it('does nothing when there is nothing to undo or redo', () => {
    const before = state()
    state().undo()
    state().redo()
    expect(state().scene).toBe(before.scene)
    expect(state().history).toBe(before.history)
  })

  it('clears redo when a new change is made', () => {
    state().moveProp('demo-drum-1', vec3(1, 0, 1))
    state().moveProp('demo-drum-1', vec3(2, 0, 2))
    state().undo()
    expect(canRedo(state())).toBe(true)
    state().moveProp('demo-drum-2', vec3(3, 0, 3))
    expect(canRedo(state())).toBe(false)
    state().redo()
    expect(prop('demo-drum-1')?.position).toEqual({ x: 1, y: 0, z: 1 })
  })

  it('takes one step for a whole drag: the gizmo commits once, on release', () => {
    const from = prop('demo-crate-1')?.position
    state().moveProp('demo-crate-1', vec3(-40, 1.5, 30))
    expect(state().history.past).toHaveLength(1)
    state().undo()
    expect(prop('demo-crate-1')?.position).toEqual(from)
    expect(canUndo(state())).toBe(false)
  })

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    const moves = HISTORY_LIMIT + 5
    for (let i = 1; i <= moves; i++) state().moveProp('demo-drum-1', vec3(i, 0, 0))
    expect(state().history.past).toHaveLength(HISTORY_LIMIT)
    for (let i = 0; i < moves; i++) state().undo()
    // The five oldest moves fell out of the history, so undo stops after the fifth.
    expect(prop('demo-drum-1')?.position).toEqual({ x: 5, y: 0, z: 0 })
    expect(canUndo(state())).toBe(false)
    expect(state().history.future).toHaveLength(HISTORY_LIMIT)
  })
})

describe('what is not an undo step', () => {
  it('selection changes', () => {
    state().moveProp('demo-drum-1', vec3(1, 0, 1))
    const history = state().history
    state().select(['demo-drum-2', 'demo-pipe'])
    state().select(['demo-girder'])
    expect(state().history).toBe(history)
    state().undo()
    expect(prop('demo-drum-1')?.position).toEqual({ x: 70, y: 0, z: -60 })
    expect(state().selection).toEqual(['demo-girder'])
  })

  it('selecting ids that are not in the scene', () => {
    state().select(['demo-drum-2', 'no-such-prop'])
    expect(state().selection).toEqual(['demo-drum-2'])
  })

  it('edits that change nothing', () => {
    const drum = prop('demo-drum-1')
    if (!drum) throw new Error('demo drum missing')
    state().moveProp(drum.id, { ...drum.position }) // a click on the gizmo without a drag
    state().rotateProp(drum.id, { ...drum.rotation })
    state().setParam(drum.id, 'heightMm', drum.params.heightMm ?? 0)
    state().rename(drum.id, ` ${drum.name ?? ''} `)
    state().moveProp('no-such-prop', vec3(1, 1, 1))
    state().select([])
    state().deleteSelection()
    expect(state().history.past).toEqual([])
    expect(state().scene).toEqual(demoScene())
  })

  it('notices', () => {
    state().notify({ level: 'error', text: 'Broken link' })
    state().notify({ id: 'autosave', level: 'info', text: 'Saved' })
    expect(state().notices.map((n) => n.text)).toEqual(['Broken link', 'Saved'])
    expect(state().notices[0]?.id).toMatch(/^notice-\d+$/)
    state().dismiss('autosave')
    expect(state().notices.map((n) => n.text)).toEqual(['Broken link'])
    expect(canUndo(state())).toBe(false)
  })
})

describe('timestamps', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2027-02-03T04:05:06.000Z') }))
  afterEach(() => vi.useRealTimers())

  it('stamps a change with the time, and undo restores the old stamp', () => {
    state().moveProp('demo-drum-1', vec3(1, 0, 1))
    expect(state().scene.updatedAt).toBe('2027-02-03T04:05:06.000Z')
    expect(state().scene.createdAt).toBe('2026-11-01T12:00:00.000Z')
    state().undo()
    expect(state().scene.updatedAt).toBe('2026-11-01T12:00:00.000Z')
  })
})

describe('loadScene', () => {
  it('replaces the document and starts history and selection afresh', () => {
    state().moveProp('demo-drum-1', vec3(1, 0, 1))
    state().select(['demo-drum-1'])
    const other = createScene({ name: 'Other' })
    state().loadScene(other)
    expect(state().scene).toBe(other)
    expect(state().history).toEqual({ past: [], future: [] })
    expect(state().selection).toEqual([])
  })
})

describe('selectors', () => {
  it('gives the single selected prop, and nothing for none or many', () => {
    expect(selectedProp(state())).toBeUndefined()
    state().select(['demo-pipe'])
    expect(selectedProp(state())?.id).toBe('demo-pipe')
    state().select(['demo-pipe', 'demo-girder'])
    expect(selectedProp(state())).toBeUndefined()
  })

  it('labels the next undo and redo', () => {
    expect(undoLabel(state())).toBeUndefined()
    expect(redoLabel(state())).toBeUndefined()
    state().moveProp('demo-pipe', vec3(0, 0, 0))
    state().rename('demo-pipe', 'Gutter')
    state().undo()
    expect(undoLabel(state())).toBe('Move')
    expect(redoLabel(state())).toBe('Rename')
  })
})

describe('memory: history shares props with the scene', () => {
  it('after 200 moves of one prop among 5,000, holds only that prop and shares the rest', () => {
    const props = Array.from({ length: 5000 }, (_, i) =>
      makeProp({
        kind: 'balsa.post',
        position: vec3((i % 100) * 2 - 100, 0, Math.floor(i / 100) * 2 - 50),
        seed: i,
      }),
    )
    const initial = createScene({ base: { widthMm: 300, depthMm: 200, thicknessMm: 10 }, props })
    store = createEditorStore(initial)
    const moved = initial.props[2500]?.id ?? ''

    for (let i = 1; i <= 200; i++) state().moveProp(moved, vec3(i / 2, 0, 0))

    const { history, scene } = state()
    expect(history.past).toHaveLength(200)
    const changes = history.past.flatMap((s) => s.props)
    expect(changes).toHaveLength(200)
    expect(new Set(changes.map((c) => c.id))).toEqual(new Set([moved]))
    // Each step's after is the next step's before: 201 versions of the moved prop, never a copy.
    const held = new Set(changes.flatMap((c) => [c.before, c.after]))
    expect(held.size).toBe(201)
    history.past.slice(1).forEach((s, k) => expect(s.props[0]?.before).toBe(history.past[k]?.props[0]?.after))
    // Every untouched prop is the very object the scene started with.
    scene.props.forEach((p, i) => {
      if (p.id !== moved) expect(p).toBe(initial.props[i])
    })
    expect(scene.props[2500]?.position).toEqual({ x: 100, y: 0, z: 0 })

    for (let i = 0; i < 200; i++) state().undo()
    state().scene.props.forEach((p, i) => expect(p).toBe(initial.props[i]))
  })
})
