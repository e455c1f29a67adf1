import { beforeEach, describe, expect, it } from 'vitest'
import { createEditorStore, type EditorStore } from '../../src/store/editorStore'
import { selectedProps } from '../../src/store/selectors'
import { crate, workbench } from '../domain/scene/workbench'

let store: EditorStore
const state = () => store.getState()

beforeEach(() => {
  store = createEditorStore(
    workbench([crate('a', 0), crate('b', 30), crate('c', 60, 0, { hidden: true }), crate('d', 90)]),
  )
})

describe('selection', () => {
  it('selects exactly the props asked for, each once, only those the scene has', () => {
    state().select(['b', 'a', 'b', 'nope'])
    expect(state().selection).toEqual(['b', 'a'])
  })

  it('toggles a prop in and out (Shift/Ctrl-click)', () => {
    state().select(['a'])
    state().toggleSelected('b')
    expect(state().selection).toEqual(['a', 'b'])
    state().toggleSelected('a')
    expect(state().selection).toEqual(['b'])
    state().toggleSelected('nope')
    expect(state().selection).toEqual(['b'])
  })

  it('adds to and removes from the selection (marquee with Shift or Alt)', () => {
    state().select(['a'])
    state().addToSelection(['d', 'a', 'b'])
    expect(state().selection).toEqual(['a', 'd', 'b'])
    state().removeFromSelection(['d'])
    expect(state().selection).toEqual(['a', 'b'])
  })

  it('selects every shown prop (Ctrl+A) and clears', () => {
    state().selectAll()
    expect(state().selection).toEqual(['a', 'b', 'd'])
    state().clearSelection()
    expect(state().selection).toEqual([])
  })

  it('is never an undo step and never changes the document', () => {
    const scene = state().scene
    state().select(['a'])
    state().toggleSelected('b')
    state().addToSelection(['d'])
    state().removeFromSelection(['a'])
    state().selectAll()
    state().clearSelection()
    expect(state().history.past).toEqual([])
    expect(state().scene).toBe(scene)
  })
})

describe('snapping settings', () => {
  it('start at a 1 mm grid and 15 degree turns, snapping on', () => {
    expect([state().gridStepMm, state().angleStepDeg, state().snapping]).toEqual([1, 15, true])
  })

  it('keep the grid within 0.1 to 10 mm and ignore a step that is no number', () => {
    state().setGridStep(0.01)
    expect(state().gridStepMm).toBe(0.1)
    state().setGridStep(25)
    expect(state().gridStepMm).toBe(10)
    state().setGridStep(Number.NaN)
    expect(state().gridStepMm).toBe(10)
    state().setAngleStep(7.5)
    state().setSnapping(false)
    expect([state().angleStepDeg, state().snapping]).toEqual([7.5, false])
  })

  it('are not undo steps', () => {
    state().setGridStep(0.5)
    state().setAngleStep(5)
    state().setSnapping(false)
    expect(state().history.past).toEqual([])
  })
})

describe('selectedProps', () => {
  it('gives the selected props in scene order', () => {
    state().select(['d', 'a'])
    expect(selectedProps(state()).map((p) => p.id)).toEqual(['a', 'd'])
  })
})
