import { describe, expect, it } from 'vitest'
import { removeProps } from '../../../src/domain/scene/editProps'
import {
  groupProps,
  groupsOf,
  renameGroup,
  ungroup,
  withGroupMates,
} from '../../../src/domain/scene/groupProps'
import { setHidden, setLocked, showAll } from '../../../src/domain/scene/propFlags'
import { parseScene } from '../../../src/domain/schema/parseScene'
import { crate, prop, workbench } from './workbench'

const four = () => workbench([crate('a', 0), crate('b', 30), crate('c', 60), crate('d', 90)])

describe('groupProps', () => {
  it('puts the props in a new group named "Group 1", then "Group 2"', () => {
    const first = groupProps(four(), ['a', 'b'])
    expect(first.scene.groups).toEqual([{ id: first.groupId, name: 'Group 1' }])
    expect(first.scene.props.map((p) => p.groupId)).toEqual([
      first.groupId,
      first.groupId,
      undefined,
      undefined,
    ])
    const second = groupProps(first.scene, ['c', 'd'], '  Drum pile  ')
    expect(second.scene.groups.map((g) => g.name)).toEqual(['Group 1', 'Drum pile'])
    expect(parseScene(second.scene).ok).toBe(true)
  })

  it('takes props out of their old group, and removes a group left empty', () => {
    const { scene: ab, groupId: g1 } = groupProps(four(), ['a', 'b'])
    const { scene: bc, groupId: g2 } = groupProps(ab, ['b', 'c'])
    expect(bc.props.map((p) => p.groupId)).toEqual([g1, g2, g2, undefined])
    expect(bc.groups.map((g) => g.id)).toEqual([g1, g2])
    // a alone is left in g1; regrouping a with d empties g1, which goes.
    const { scene: ad, groupId: g3 } = groupProps(bc, ['a', 'd'])
    expect(ad.groups.map((g) => g.id)).toEqual([g2, g3])
  })

  it('leaves the scene alone for fewer than two props or props that already are a whole group', () => {
    const scene = four()
    expect(groupProps(scene, ['a'])).toEqual({ scene })
    const { scene: grouped } = groupProps(scene, ['a', 'b'])
    expect(groupProps(grouped, ['b', 'a'])).toEqual({ scene: grouped })
  })

  it('names the group by the first free "Group n" and cuts names to 80 characters', () => {
    const { scene } = groupProps(four(), ['a', 'b'], 'x'.repeat(100))
    expect(scene.groups[0]?.name).toHaveLength(80)
    const named = { ...four(), groups: [{ id: 'g', name: 'Group 1' }] }
    expect(groupProps(named, ['a', 'b']).scene.groups.map((g) => g.name)).toEqual(['Group 2'])
  })
})

describe('ungroup, renameGroup, groupsOf, withGroupMates', () => {
  const grouped = () => {
    const { scene, groupId } = groupProps(four(), ['a', 'c'], 'Pair')
    return { scene, groupId: groupId as string }
  }

  it('dissolves a group: its props stay, in no group', () => {
    const { scene, groupId } = grouped()
    const next = ungroup(scene, [groupId])
    expect(next.groups).toEqual([])
    for (const p of next.props) expect(p).not.toHaveProperty('groupId')
    expect(prop(next, 'a').position).toEqual(prop(scene, 'a').position)
    expect(ungroup(next, [groupId])).toBe(next)
  })

  it('renames a group, refusing an empty name', () => {
    const { scene, groupId } = grouped()
    expect(renameGroup(scene, groupId, ' Crates ').groups[0]?.name).toBe('Crates')
    expect(renameGroup(scene, groupId, '   ')).toBe(scene)
  })

  it('finds the groups of props and every prop that shares one', () => {
    const { scene, groupId } = grouped()
    expect(groupsOf(scene, ['a', 'b'])).toEqual([groupId])
    expect(withGroupMates(scene, ['c', 'd'])).toEqual(['a', 'c', 'd'])
  })

  it('removes a group with its last props when they are deleted', () => {
    const { scene } = grouped()
    expect(removeProps(scene, ['a']).groups).toHaveLength(1)
    expect(removeProps(scene, ['a', 'c']).groups).toEqual([])
  })
})

describe('setLocked, setHidden, showAll', () => {
  it('sets a flag to true and leaves it out when off (never false)', () => {
    const locked = setLocked(four(), ['a', 'b'], true)
    expect(prop(locked, 'a').locked).toBe(true)
    const unlocked = setLocked(locked, ['a'], false)
    expect(prop(unlocked, 'a')).not.toHaveProperty('locked')
    expect(prop(unlocked, 'b').locked).toBe(true)
    expect(JSON.stringify(unlocked)).not.toContain('false')
  })

  it('hides and shows, keeping hidden props in the scene', () => {
    const hidden = setHidden(four(), ['c'], true)
    expect(hidden.props).toHaveLength(4)
    expect(prop(hidden, 'c').hidden).toBe(true)
    expect(prop(showAll(hidden), 'c')).not.toHaveProperty('hidden')
  })

  it('returns the same scene when nothing changes', () => {
    const scene = four()
    expect(setLocked(scene, ['a'], false)).toBe(scene)
    expect(setHidden(scene, ['a'], false)).toBe(scene)
    expect(showAll(scene)).toBe(scene)
  })
})
