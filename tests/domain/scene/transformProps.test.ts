import { describe, expect, it } from 'vitest'
import { transformProps } from '../../../src/domain/scene/transformProps'
import { vec3 } from '../../../src/domain/units/vec'
import { crate, prop, workbench } from './workbench'

describe('transformProps', () => {
  it('places and turns each prop as the gizmo left it', () => {
    const scene = workbench([crate('a', 0), crate('b', 30), crate('c', 60)])
    const next = transformProps(scene, [
      { id: 'a', position: vec3(5, 0, 5), rotation: vec3(0, 45, 0) },
      { id: 'b', position: vec3(35, 2, 5), rotation: vec3(0, 0, 0) },
    ])
    expect(prop(next, 'a')).toMatchObject({ position: { x: 5, y: 0, z: 5 }, rotation: { x: 0, y: 45, z: 0 } })
    expect(prop(next, 'b').position).toEqual({ x: 35, y: 2, z: 5 })
    expect(prop(next, 'c')).toBe(prop(scene, 'c'))
  })

  it('skips locked props, keeps positions within reach and brings a turn past 360 back', () => {
    const scene = workbench([crate('a', 0), crate('b', 30, 0, { locked: true })])
    const next = transformProps(scene, [
      { id: 'a', position: vec3(400, 0, -250), rotation: vec3(0, 370, -400) },
      { id: 'b', position: vec3(0, 0, 0), rotation: vec3(0, 0, 0) },
    ])
    expect(prop(next, 'a')).toMatchObject({
      position: { x: 300, y: 0, z: -200 },
      rotation: { x: 0, y: 10, z: -40 },
    })
    expect(prop(next, 'b')).toBe(prop(scene, 'b'))
  })

  it('returns the same scene when every prop is already there', () => {
    const scene = workbench([crate('a', 0)])
    const a = prop(scene, 'a')
    expect(transformProps(scene, [{ id: 'a', position: a.position, rotation: a.rotation }])).toBe(scene)
  })
})
