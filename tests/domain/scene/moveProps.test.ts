import { describe, expect, it } from 'vitest'
import { moveProps } from '../../../src/domain/scene/moveProps'
import { vec3 } from '../../../src/domain/units/vec'
import { crate, prop, workbench, xs } from './workbench'

describe('moveProps', () => {
  it('moves every prop by the same amount and leaves the others as they were', () => {
    const scene = workbench([crate('a', -50, 10), crate('b', 40), crate('c', 0)])
    const next = moveProps(scene, ['a', 'b'], vec3(5, 0, -2.5))
    expect(prop(next, 'a').position).toEqual({ x: -45, y: 0, z: 7.5 })
    expect(prop(next, 'b').position).toEqual({ x: 45, y: 0, z: -2.5 })
    expect(prop(next, 'c')).toBe(prop(scene, 'c'))
  })

  it('leaves locked props where they are', () => {
    const scene = workbench([crate('a', 0), crate('b', 40, 0, { locked: true })])
    const next = moveProps(scene, ['a', 'b'], vec3(10, 0, 0))
    expect(xs(next, 'a', 'b')).toEqual([10, 40])
    expect(prop(next, 'b')).toBe(prop(scene, 'b'))
  })

  it('stops the whole selection at the edge of reach (x ±300 on a 300 mm base), keeping its shape', () => {
    const scene = workbench([crate('a', 290), crate('b', 200)])
    expect(xs(moveProps(scene, ['a', 'b'], vec3(20, 0, 0)), 'a', 'b')).toEqual([300, 210])
    expect(xs(moveProps(scene, ['a', 'b'], vec3(-20, 0, 0)), 'a', 'b')).toEqual([270, 180])
  })

  it('adds tenths of a millimetre without float dust', () => {
    const scene = workbench([crate('a', 0.1)])
    expect(prop(moveProps(scene, ['a'], vec3(0.2, 0, 0)), 'a').position.x).toBe(0.3)
  })

  it('returns the same scene for no move, no movable prop or no such prop', () => {
    const scene = workbench([crate('a', 0), crate('b', 0, 0, { locked: true })])
    expect(moveProps(scene, ['a'], vec3(0, 0, 0))).toBe(scene)
    expect(moveProps(scene, ['b'], vec3(5, 0, 0))).toBe(scene)
    expect(moveProps(scene, ['nope'], vec3(5, 0, 0))).toBe(scene)
  })
})
