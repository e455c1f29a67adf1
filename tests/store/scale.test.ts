import { describe, expect, it } from 'vitest'
import { demoScene } from '../../src/domain/scene/demoScene'
import { createEditorStore } from '../../src/store/editorStore'

describe('changing the scale in the store', () => {
  it('is one undo step either way, and view preferences are none', () => {
    const store = createEditorStore(demoScene())
    const before = store.getState().scene
    store.getState().setScale({ ratio: 72, name: '1:72 aircraft and armour' }, 'keep-real-size')
    expect(store.getState().scene.base.widthMm).toBeCloseTo((300 * 35) / 72, 3)
    expect(store.getState().history.past).toHaveLength(1)
    store.getState().setUnits('imperial')
    store.getState().setShowFigure(true)
    expect(store.getState().history.past).toHaveLength(1)
    store.getState().undo()
    expect(store.getState().scene.base).toEqual(before.base)
    expect(store.getState().scene.props).toEqual(before.props)
    expect(store.getState().scene.scale).toEqual(before.scale)
  })
})
