import { describe, expect, it } from 'vitest'
import { rotateProps, selectionCentre } from '../../../src/domain/scene/rotateProps'
import { vec3 } from '../../../src/domain/units/vec'
import { crate, prop, workbench } from './workbench'

describe('rotateProps', () => {
  it('swings the selection about its centre and turns each prop with it: +x goes to -z at 90 degrees', () => {
    const scene = workbench([crate('a', -10), crate('b', 10)])
    expect(selectionCentre(scene, ['a', 'b'])).toEqual({ x: 0, y: 7, z: 0 })
    const next = rotateProps(scene, ['a', 'b'], 90)
    expect(prop(next, 'a').position).toEqual({ x: 0, y: 0, z: 10 })
    expect(prop(next, 'b').position).toEqual({ x: 0, y: 0, z: -10 })
    expect(prop(next, 'a').rotation).toEqual({ x: 0, y: 90, z: 0 })
  })

  it('turns about a given pivot, keeping angles within ±180', () => {
    const scene = workbench([crate('a', 20, 0, { rotation: { x: 0, y: 170, z: 0 } })])
    const next = rotateProps(scene, ['a'], 30, vec3(0, 0, 0))
    // (20, 0) turned 30 degrees: x = 20 cos 30, z = -20 sin 30.
    expect(prop(next, 'a').position).toEqual({ x: 17.320508, y: 0, z: -10 })
    expect(prop(next, 'a').rotation).toEqual({ x: 0, y: -160, z: 0 })
  })

  it('turns a single prop in place about its own centre', () => {
    const scene = workbench([crate('a', 30, 40)])
    const next = rotateProps(scene, ['a'], 45)
    expect(prop(next, 'a').position).toEqual({ x: 30, y: 0, z: 40 })
    expect(prop(next, 'a').rotation.y).toBe(45)
  })

  it('keeps a fallen drum fallen', () => {
    const scene = workbench([
      { id: 'd', kind: 'rust.oil-drum', position: { x: 0, y: 8.15, z: 0 }, rotation: { x: 0, y: 30, z: 90 } },
    ])
    expect(prop(rotateProps(scene, ['d'], 90, vec3(0, 0, 0)), 'd').rotation).toEqual({ x: 0, y: 120, z: 90 })
  })

  it('leaves locked props out of the turn and out of the centre', () => {
    const scene = workbench([crate('a', -10), crate('b', 10), crate('c', 100, 0, { locked: true })])
    const next = rotateProps(scene, ['a', 'b', 'c'], 180)
    expect(prop(next, 'a').position).toEqual({ x: 10, y: 0, z: 0 })
    expect(prop(next, 'c')).toBe(prop(scene, 'c'))
  })

  it('returns the same scene for a whole turn or nothing to turn', () => {
    const scene = workbench([crate('a', 0), crate('b', 5, 0, { locked: true })])
    expect(rotateProps(scene, ['a'], 360)).toBe(scene)
    expect(rotateProps(scene, ['b'], 90)).toBe(scene)
  })
})
