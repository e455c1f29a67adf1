import { describe, expect, it } from 'vitest'
import { setPropMaterial } from '../../../src/domain/scene/editProps'
import { demoScene } from '../../../src/domain/scene/demoScene'
import { createEditorStore } from '../../../src/store/editorStore'

describe('setPropMaterial', () => {
  it('sets and removes surface options, keeping the seed and every other prop', () => {
    const scene = demoScene()
    const painted = setPropMaterial(scene, 'demo-drum-1', { paint: '#4d5a3a', chipping: 0.3 })
    const drum = painted.props.find((p) => p.id === 'demo-drum-1')
    expect(drum?.material).toEqual({ seed: 41, rust: 0.9, paint: '#4d5a3a', chipping: 0.3 })
    expect(painted.props.filter((p, i) => p !== scene.props[i]).map((p) => p.id)).toEqual(['demo-drum-1'])
    const bare = setPropMaterial(painted, 'demo-drum-1', { paint: undefined, chipping: undefined })
    expect(bare.props.find((p) => p.id === 'demo-drum-1')?.material).toEqual({ seed: 41, rust: 0.9 })
  })

  it('returns the same scene when nothing changes, so no empty undo step is recorded', () => {
    const store = createEditorStore(demoScene())
    store.getState().setSurface('demo-drum-1', { rust: 0.9 })
    expect(store.getState().history.past).toHaveLength(0)
    store.getState().setSurface('demo-drum-1', { rust: 0.2 })
    expect(store.getState().history.past).toHaveLength(1)
    store.getState().undo()
    expect(store.getState().scene.props.find((p) => p.id === 'demo-drum-1')?.material.rust).toBe(0.9)
  })
})
