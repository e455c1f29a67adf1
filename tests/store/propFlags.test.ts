import { beforeEach, describe, expect, it } from 'vitest'
import { createEditorStore, type EditorStore } from '../../src/store/editorStore'
import { hideProps, lockProps } from '../../src/store/propFlags'
import { undoLabel } from '../../src/store/selectors'
import { snapsNow } from '../../src/store/snapHold'
import { crate, workbench } from '../domain/scene/workbench'

let store: EditorStore
const state = () => store.getState()
const flags = (id: string) => {
  const p = state().scene.props.find((x) => x.id === id)
  return { locked: p?.locked === true, hidden: p?.hidden === true }
}

beforeEach(() => {
  store = createEditorStore(workbench([crate('a', 0), crate('b', 30), crate('c', 60)]))
})

describe('the outliner’s lock and hide switches', () => {
  it('lock props that are not selected, one undo step, the selection untouched', () => {
    state().select(['c'])
    lockProps(state(), ['a', 'b'], true)
    expect(flags('a').locked && flags('b').locked).toBe(true)
    expect(undoLabel(state())).toBe('Lock')
    expect(state().selection).toEqual(['c'])
    state().undo()
    expect(flags('a').locked || flags('b').locked).toBe(false)
    lockProps(state(), ['a'], false)
    expect(state().history.past).toHaveLength(0)
  })

  it('hide props and take them out of the selection; showing leaves the selection as it is', () => {
    state().select(['a', 'b'])
    hideProps(state(), ['a'], true)
    expect(flags('a').hidden).toBe(true)
    expect(state().selection).toEqual(['b'])
    expect(undoLabel(state())).toBe('Hide')
    hideProps(state(), ['a'], false)
    expect(flags('a').hidden).toBe(false)
    expect(undoLabel(state())).toBe('Show')
    expect(state().selection).toEqual(['b'])
  })

  it('change nothing in a read-only scene', () => {
    const viewer = createEditorStore(workbench([crate('a', 0)]), { readOnly: true })
    lockProps(viewer.getState(), ['a'], true)
    hideProps(viewer.getState(), ['a'], true)
    expect(viewer.getState().scene.props[0]?.locked).toBeUndefined()
    expect(viewer.getState().scene.props[0]?.hidden).toBeUndefined()
  })
})

describe('holding Alt during a drag', () => {
  it('turns snapping off for the drag only', () => {
    expect(snapsNow(true, { altKey: false })).toBe(true)
    expect(snapsNow(true, { altKey: true })).toBe(false)
    expect(snapsNow(false, { altKey: false })).toBe(false)
  })
})
