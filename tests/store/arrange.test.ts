import { beforeEach, describe, expect, it } from 'vitest'
import { findProp } from '../../src/domain/scene/editProps'
import type { Prop, PropId, Scene } from '../../src/domain/scene/types'
import { vec3 } from '../../src/domain/units/vec'
import { createEditorStore, type EditorStore } from '../../src/store/editorStore'
import { undoLabel } from '../../src/store/selectors'
import { crate, workbench, type Spec } from '../domain/scene/workbench'

let store: EditorStore
const state = () => store.getState()
const prop = (id: PropId): Prop => {
  const found = findProp(state().scene, id)
  if (!found) throw new Error(`no prop ${id}`)
  return found
}
const xs = (...ids: PropId[]) => ids.map((id) => prop(id).position.x)
const ys = (...ids: PropId[]) => ids.map((id) => prop(id).position.y)

const floor: Spec = { id: 'floor', kind: 'balsa.plank-floor', position: vec3(0, 0, 0) }
const pallet: Spec = { id: 'pallet', kind: 'balsa.pallet', position: vec3(10, 20, 5) }
const drum: Spec = { id: 'drum', kind: 'rust.oil-drum', position: vec3(12, 60, 4) }

beforeEach(() => {
  store = createEditorStore(
    workbench([
      crate('a', -50),
      crate('b', 0, 30),
      crate('c', 40, -20),
      crate('lock', 100, 0, { locked: true }),
    ]),
  )
})

/**
 * Runs `action` and checks it is exactly one undo step labelled `label`; that undo brings back the scene
 * before (the very same props) and redo the scene after.
 */
function oneStep(label: string, action: () => void): { before: Scene; after: Scene } {
  const before = state().scene
  const steps = state().history.past.length
  action()
  const after = state().scene
  expect(after).not.toBe(before)
  expect(state().history.past.length).toBe(steps + 1)
  expect(undoLabel(state())).toBe(label)
  state().undo()
  expect(state().scene.props).toEqual(before.props)
  state().scene.props.forEach((p, i) => expect(p).toBe(before.props[i]))
  expect(state().scene.groups).toEqual(before.groups)
  expect(state().scene.bookmarks).toEqual(before.bookmarks)
  state().redo()
  expect(state().scene.props).toEqual(after.props)
  expect(state().scene.groups).toEqual(after.groups)
  return { before, after }
}

describe('moving and turning the selection', () => {
  it('moves three props as one step, leaving the locked one', () => {
    state().select(['a', 'b', 'lock'])
    oneStep('Move', () => state().moveSelection(vec3(5, 0, 0)))
    expect(xs('a', 'b', 'c', 'lock')).toEqual([-45, 5, 40, 100])
  })

  it('moves and rests on the surface below in one step', () => {
    store = createEditorStore(workbench([floor, pallet, drum]))
    state().select(['drum'])
    oneStep('Move', () => state().moveSelection(vec3(100, 0, 0), { rest: true }))
    expect(prop('drum').position).toEqual({ x: 112, y: 0, z: 4 })
    state().moveSelection(vec3(-100, 0, 0), { rest: true })
    // Back over the pallet, which floats at 20 mm: on its top, 24 mm.
    expect(ys('drum')).toEqual([24])
  })

  it('turns the selection about its centre as one step', () => {
    state().select(['a', 'c'])
    oneStep('Rotate', () => state().rotateSelection(90))
    expect(prop('a').rotation.y).toBe(90)
    expect(prop('c').rotation.y).toBe(90)
  })

  it('commits a gizmo drag of many props as one step', () => {
    oneStep('Move', () =>
      state().commitTransforms([
        { id: 'a', position: vec3(-40, 0, 0), rotation: vec3(0, 0, 0) },
        { id: 'b', position: vec3(10, 0, 30), rotation: vec3(0, 0, 0) },
        { id: 'lock', position: vec3(0, 0, 0), rotation: vec3(0, 0, 0) },
      ]),
    )
    expect(xs('a', 'b', 'lock')).toEqual([-40, 10, 100])
    oneStep('Rotate', () =>
      state().commitTransforms([{ id: 'c', position: vec3(40, 0, -20), rotation: vec3(0, 45, 0) }], {
        label: 'Rotate',
      }),
    )
  })

  it('nudges by the grid step, ten steps with Shift', () => {
    state().select(['a'])
    state().setGridStep(0.1)
    oneStep('Nudge', () => state().nudgeSelection('x', 1))
    expect(xs('a')).toEqual([-49.9])
    state().nudgeSelection('z', -1, true)
    expect(prop('a').position.z).toBe(-1)
    expect(state().history.past).toHaveLength(2)
  })

  it('takes no step when nothing moves: no selection, or only locked props', () => {
    state().moveSelection(vec3(5, 0, 0))
    state().select(['lock'])
    state().moveSelection(vec3(5, 0, 0))
    state().rotateSelection(90)
    state().nudgeSelection('x', 1)
    expect(state().history.past).toEqual([])
  })
})

describe('copies', () => {
  it('duplicates the selection 10 grid steps away, one step, and selects the copies', () => {
    state().select(['a', 'b'])
    const newIds = state().duplicateSelection()
    expect(newIds).toHaveLength(2)
    expect(state().selection).toEqual(newIds)
    expect(newIds.map((id) => prop(id).position)).toEqual([
      { x: -40, y: 0, z: 10 },
      { x: 10, y: 0, z: 40 },
    ])
    expect(undoLabel(state())).toBe('Duplicate')
    state().undo()
    expect(state().scene.props).toHaveLength(4)
    expect(state().selection).toEqual([])
  })

  it('makes an array of copies as one step, selecting the row', () => {
    state().select(['a'])
    let newIds: readonly PropId[] = []
    let selected: readonly PropId[] = []
    oneStep('Array', () => {
      newIds = state().arraySelection(4, vec3(0, 0, 25))
      selected = state().selection
    })
    expect(newIds.map((id) => prop(id).position.z)).toEqual([25, 50, 75, 100])
    expect(selected).toEqual(['a', ...newIds])
  })
})

describe('arranging', () => {
  it('aligns the selection as one step', () => {
    state().select(['a', 'b', 'c'])
    oneStep('Align', () => state().alignSelection('x', 'min'))
    expect(xs('a', 'b', 'c')).toEqual([-50, -50, -50])
  })

  it('distributes the selection as one step', () => {
    state().select(['a', 'b', 'c', 'lock'])
    // a -62..-38, b -12..12, c 28..52: gaps 26 and 16 become 21 and 21.
    oneStep('Distribute', () => state().distributeSelection('x'))
    expect(xs('a', 'b', 'c', 'lock')).toEqual([-50, -5, 40, 100])
  })

  it('groups and ungroups as one step each', () => {
    state().select(['a', 'b'])
    let groupId: string | undefined
    oneStep('Group', () => {
      groupId = state().groupSelection('Pair')
    })
    expect(state().scene.groups).toEqual([{ id: groupId, name: 'Pair' }])
    expect([prop('a').groupId, prop('b').groupId]).toEqual([groupId, groupId])
    oneStep('Rename group', () => state().renameGroup(groupId ?? '', 'Two crates'))
    state().select(['a'])
    oneStep('Ungroup', () => state().ungroupSelection())
    expect(state().scene.groups).toEqual([])
    expect(prop('b')).not.toHaveProperty('groupId')
  })

  it('locks, unlocks, hides and shows as one step each; hidden props leave the selection', () => {
    state().select(['a', 'b'])
    oneStep('Lock', () => state().setSelectionLocked(true))
    expect([prop('a').locked, prop('b').locked]).toEqual([true, true])
    oneStep('Unlock', () => state().setSelectionLocked(false))
    oneStep('Hide', () => state().setSelectionHidden(true))
    expect(state().selection).toEqual([])
    expect(prop('a').hidden).toBe(true)
    oneStep('Show all', () => state().showAllProps())
    expect(prop('a')).not.toHaveProperty('hidden')
  })

  it('drops a floating stack onto the floor as one step: heights add up', () => {
    store = createEditorStore(workbench([floor, pallet, drum]))
    state().select(['pallet', 'drum'])
    oneStep('Drop', () => state().dropSelection())
    expect(ys('floor', 'pallet', 'drum')).toEqual([0, 1.5, 5.5])
  })
})

describe('camera bookmarks', () => {
  const view = { projection: 'perspective' as const, position: vec3(0, 160, 420), target: vec3(0, 0, 0) }

  it('adds, renames, updates and removes a view, each one step', () => {
    let id: string | undefined
    oneStep('Add view', () => {
      id = state().addBookmark(view, 'Front')
    })
    expect(state().scene.bookmarks).toEqual([{ id, name: 'Front', ...view }])
    oneStep('Rename view', () => state().renameBookmark(id ?? '', 'Street'))
    oneStep('Update view', () =>
      state().updateBookmark(id ?? '', { ...view, projection: 'orthographic', zoom: 2 }),
    )
    expect(state().scene.bookmarks[0]).toMatchObject({ name: 'Street', projection: 'orthographic', zoom: 2 })
    oneStep('Remove view', () => state().removeBookmark(id ?? ''))
    expect(state().scene.bookmarks).toEqual([])
  })

  it('undoes a bookmark back to none, and takes no step in a read-only viewer', () => {
    state().addBookmark(view)
    state().undo()
    expect(state().scene.bookmarks).toEqual([])
    const viewer = createEditorStore(state().scene, { readOnly: true })
    expect(viewer.getState().addBookmark(view)).toBeUndefined()
    expect(viewer.getState().history.past).toEqual([])
  })
})

describe('old actions still work', () => {
  it('moves, turns and deletes one prop as before; a delete takes an emptied group with it', () => {
    state().moveProp('a', vec3(1, 2, 3))
    expect(prop('a').position).toEqual({ x: 1, y: 2, z: 3 })
    state().select(['a', 'b'])
    state().groupSelection()
    state().deleteSelection()
    expect(state().scene.groups).toEqual([])
    state().undo()
    expect(state().scene.groups).toHaveLength(1)
  })
})
