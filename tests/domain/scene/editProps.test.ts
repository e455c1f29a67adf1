import { describe, expect, it } from 'vitest'
import { demoScene } from '../../../src/domain/scene/demoScene'
import {
  findProp,
  removeProps,
  renameProp,
  setPropParam,
  setPropPosition,
  setPropRotation,
  updateProps,
} from '../../../src/domain/scene/editProps'
import type { Scene } from '../../../src/domain/scene/types'
import { vec3 } from '../../../src/domain/units/vec'

const ids = (scene: Scene) => scene.props.map((p) => p.id)

describe('updateProps', () => {
  it('changes the props asked for and keeps the identity of every other prop', () => {
    const scene = demoScene()
    const next = updateProps(scene, ['demo-drum-1', 'demo-pipe'], (p) => ({ ...p, name: 'Changed' }))
    expect(next).not.toBe(scene)
    expect(ids(next)).toEqual(ids(scene))
    next.props.forEach((p, i) => {
      const before = scene.props[i]
      if (p.id === 'demo-drum-1' || p.id === 'demo-pipe') {
        expect(p).not.toBe(before)
        expect(p.name).toBe('Changed')
      } else expect(p).toBe(before)
    })
  })

  it('returns the same scene when the change leaves every prop as it was', () => {
    const scene = demoScene()
    expect(updateProps(scene, ['demo-drum-1'], (p) => p)).toBe(scene)
    expect(updateProps(scene, ['no-such-prop'], (p) => ({ ...p, name: 'x' }))).toBe(scene)
  })

  it('does not touch the scene it was given', () => {
    const scene = demoScene()
    const before = JSON.stringify(scene)
    updateProps(scene, ['demo-drum-1'], (p) => ({ ...p, name: 'Changed' }))
    expect(JSON.stringify(scene)).toBe(before)
  })
})

describe('removeProps', () => {
  it('removes the props asked for and keeps the order of the rest', () => {
    const scene = demoScene()
    const next = removeProps(scene, ['demo-wall-2', 'demo-crate-1', 'demo-rock-2'])
    expect(ids(next)).toEqual(
      ids(scene).filter((id) => !['demo-wall-2', 'demo-crate-1', 'demo-rock-2'].includes(id)),
    )
    for (const p of next.props) expect(p).toBe(findProp(scene, p.id))
  })

  it('returns the same scene when none of the ids is there', () => {
    const scene = demoScene()
    expect(removeProps(scene, ['no-such-prop'])).toBe(scene)
    expect(removeProps(scene, [])).toBe(scene)
  })
})

describe('setting one field of a prop', () => {
  it('moves a prop', () => {
    const next = setPropPosition(demoScene(), 'demo-drum-1', vec3(1, 2, 3))
    expect(findProp(next, 'demo-drum-1')?.position).toEqual({ x: 1, y: 2, z: 3 })
  })

  it('turns a prop', () => {
    const next = setPropRotation(demoScene(), 'demo-drum-1', vec3(0, 45, 90))
    expect(findProp(next, 'demo-drum-1')?.rotation).toEqual({ x: 0, y: 45, z: 90 })
  })

  it('changes one parameter and keeps the others', () => {
    const next = setPropParam(demoScene(), 'demo-drum-1', 'heightMm', 30)
    expect(findProp(next, 'demo-drum-1')?.params).toEqual({ diameterMm: 16.3, heightMm: 30 })
  })

  it('is no change at all when the value is the one the prop already has', () => {
    // No new scene means no undo step for a click that did not move anything.
    const scene = demoScene()
    const drum = findProp(scene, 'demo-drum-1')
    if (!drum) throw new Error('demo drum missing')
    expect(setPropPosition(scene, drum.id, { ...drum.position })).toBe(scene)
    expect(setPropRotation(scene, drum.id, { ...drum.rotation })).toBe(scene)
    expect(setPropParam(scene, drum.id, 'heightMm', 24.3)).toBe(scene)
  })
})

describe('renameProp', () => {
  it('sets a trimmed name', () => {
    const next = renameProp(demoScene(), 'demo-pipe', '  Gutter  ')
    expect(findProp(next, 'demo-pipe')?.name).toBe('Gutter')
  })

  it('removes the name when given blank text, so the catalog label shows', () => {
    const next = renameProp(demoScene(), 'demo-pipe', '   ')
    const pipe = findProp(next, 'demo-pipe')
    expect(pipe).toBeDefined()
    expect(pipe).not.toHaveProperty('name')
  })

  it('is no change when the name is the same after trimming', () => {
    const scene = demoScene()
    expect(renameProp(scene, 'demo-pipe', ' Drain pipe ')).toBe(scene)
    const unnamed = renameProp(scene, 'demo-pipe', '')
    expect(renameProp(unnamed, 'demo-pipe', '  ')).toBe(unnamed)
  })
})

describe('findProp', () => {
  it('finds a prop by id, or nothing', () => {
    expect(findProp(demoScene(), 'demo-girder')?.kind).toBe('rust.i-beam')
    expect(findProp(demoScene(), 'nope')).toBeUndefined()
  })
})
