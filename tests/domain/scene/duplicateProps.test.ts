import { describe, expect, it } from 'vitest'
import { arrayDuplicate, duplicateProps } from '../../../src/domain/scene/duplicateProps'
import { LIMITS } from '../../../src/domain/schema/limits'
import { parseScene } from '../../../src/domain/schema/parseScene'
import { vec3 } from '../../../src/domain/units/vec'
import { crate, prop, workbench } from './workbench'

const groups = [{ id: 'g-stack', name: 'Crate stack' }]
const stack = () =>
  workbench(
    [
      crate('a', 0, 0, { groupId: 'g-stack' }),
      crate('b', 0, 0, { groupId: 'g-stack', position: { x: 0, y: 14, z: 0 } }),
      crate('c', 50, 0, { groupId: 'g-stack', locked: true, hidden: true }),
      crate('d', -60),
    ],
    groups,
  )

describe('duplicateProps', () => {
  it('appends moved copies with fresh ids and seeds counting on from the largest', () => {
    const scene = stack()
    const { scene: next, newIds } = duplicateProps(scene, ['d', 'b'], vec3(10, 0, 10))
    expect(newIds).toHaveLength(2)
    expect(next.props.slice(0, 4)).toEqual(scene.props)
    const [copyB, copyD] = newIds.map((id) => prop(next, id))
    // In scene order: b before d. The sources' seeds are 1 to 4.
    expect(copyB?.position).toEqual({ x: 10, y: 14, z: 10 })
    expect(copyD?.position).toEqual({ x: -50, y: 0, z: 10 })
    expect([copyB?.material.seed, copyD?.material.seed]).toEqual([5, 6])
    expect(new Set([...scene.props.map((p) => p.id), ...newIds]).size).toBe(6)
    expect(parseScene(next).ok).toBe(true)
  })

  it('copies two or more props of a group as a new group of the same name; a lone copy joins none', () => {
    const { scene: both, newIds } = duplicateProps(stack(), ['a', 'b'], vec3(0, 0, 30))
    const copyGroup = prop(both, newIds[0]!).groupId
    expect(copyGroup).toBeDefined()
    expect(copyGroup).not.toBe('g-stack')
    expect(prop(both, newIds[1]!).groupId).toBe(copyGroup)
    expect(both.groups).toEqual([...groups, { id: copyGroup, name: 'Crate stack' }])

    const { scene: one, newIds: lone } = duplicateProps(stack(), ['a'], vec3(0, 0, 30))
    expect(prop(one, lone[0]!).groupId).toBeUndefined()
    expect(one.groups).toEqual(groups)
  })

  it('makes copies unlocked and shown, whatever their source was', () => {
    const { scene, newIds } = duplicateProps(stack(), ['c'], vec3(0, 0, 30))
    const copy = prop(scene, newIds[0]!)
    expect(copy).not.toHaveProperty('locked')
    expect(copy).not.toHaveProperty('hidden')
    expect(prop(scene, 'c').locked).toBe(true)
  })

  it('shortens the offset so the copies stay within reach', () => {
    const scene = workbench([crate('a', 280)])
    const { scene: next, newIds } = duplicateProps(scene, ['a'], vec3(50, 0, 0))
    expect(prop(next, newIds[0]!).position.x).toBe(300)
  })

  it('copies nothing past the prop limit, or when nothing is given', () => {
    const scene = stack()
    const full = {
      ...scene,
      props: Array.from({ length: LIMITS.maxProps }, (_, i) => ({ ...prop(scene, 'd'), id: `p${i}` })),
    }
    expect(duplicateProps(full, ['p0'], vec3(1, 0, 0))).toEqual({ scene: full, newIds: [] })
    expect(duplicateProps(scene, [], vec3(1, 0, 0))).toEqual({ scene, newIds: [] })
  })
})

describe('arrayDuplicate', () => {
  it('makes n copies k x spacing apart, each copy of a group a group of its own', () => {
    const scene = stack()
    const { scene: next, newIds } = arrayDuplicate(scene, ['a', 'b'], 3, vec3(0, 0, 30))
    expect(newIds).toHaveLength(6)
    expect(newIds.map((id) => prop(next, id).position)).toEqual([
      { x: 0, y: 0, z: 30 },
      { x: 0, y: 14, z: 30 },
      { x: 0, y: 0, z: 60 },
      { x: 0, y: 14, z: 60 },
      { x: 0, y: 0, z: 90 },
      { x: 0, y: 14, z: 90 },
    ])
    const copyGroups = newIds.map((id) => prop(next, id).groupId)
    expect(new Set(copyGroups).size).toBe(3)
    expect(copyGroups[0]).toBe(copyGroups[1])
    expect(next.groups).toHaveLength(4)
    expect(newIds.map((id) => prop(next, id).material.seed)).toEqual([5, 6, 7, 8, 9, 10])
    expect(parseScene(next).ok).toBe(true)
  })

  it('stops the row at the edge of reach', () => {
    const scene = workbench([crate('a', 250)])
    const { newIds, scene: next } = arrayDuplicate(scene, ['a'], 5, vec3(20, 0, 0))
    expect(newIds.map((id) => prop(next, id).position.x)).toEqual([270, 290])
  })

  it('makes nothing for a count of 0', () => {
    const scene = stack()
    expect(arrayDuplicate(scene, ['a'], 0, vec3(10, 0, 0))).toEqual({ scene, newIds: [] })
  })
})
