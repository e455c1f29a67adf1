import { describe, expect, it } from 'vitest'
import { alignProps } from '../../../src/domain/scene/alignProps'
import { distributeProps } from '../../../src/domain/scene/distributeProps'
import { crate, prop, workbench, xs, ys } from './workbench'

// Crates are 24 mm along x: a crate at x has its box from x - 12 to x + 12.
const row = () => workbench([crate('a', -50), crate('b', 0, 30), crate('c', 40, -20)])

describe('alignProps', () => {
  it('lines up the low sides: every box starts where the lowest did (x -62)', () => {
    expect(xs(alignProps(row(), ['a', 'b', 'c'], 'x', 'min'), 'a', 'b', 'c')).toEqual([-50, -50, -50])
  })

  it('lines up the high sides at x 52 and the centres at the middle of all of them, x -5', () => {
    expect(xs(alignProps(row(), ['a', 'b', 'c'], 'x', 'max'), 'a', 'b', 'c')).toEqual([40, 40, 40])
    expect(xs(alignProps(row(), ['a', 'b', 'c'], 'x', 'center'), 'a', 'b', 'c')).toEqual([-5, -5, -5])
  })

  it('measures a turned prop by its turned box: a crate turned 90 degrees is 16 mm along x', () => {
    const scene = workbench([crate('a', -50), crate('b', 0, 0, { rotation: { x: 0, y: 90, z: 0 } })])
    expect(xs(alignProps(scene, ['a', 'b'], 'x', 'min'), 'a', 'b')).toEqual([-50, -54])
  })

  it('aligns along z and y too: y min stands every box on the lowest bottom', () => {
    const scene = workbench([crate('a', 0, 10), crate('b', 40, -20, { position: { x: 40, y: 14, z: -20 } })])
    const z = alignProps(scene, ['a', 'b'], 'z', 'max')
    expect([prop(z, 'a').position.z, prop(z, 'b').position.z]).toEqual([10, 10])
    expect(ys(alignProps(scene, ['a', 'b'], 'y', 'min'), 'a', 'b')).toEqual([0, 0])
  })

  it('moves the props of a group as one, keeping their layout', () => {
    const scene = workbench(
      [crate('a', -50), crate('b', 0, 0, { groupId: 'g' }), crate('c', 30, 0, { groupId: 'g' })],
      [{ id: 'g', name: 'Pair' }],
    )
    // The group's box is x -12 to 42; its low side goes to -62.
    expect(xs(alignProps(scene, ['a', 'b', 'c'], 'x', 'min'), 'a', 'b', 'c')).toEqual([-50, -50, -20])
  })

  it('counts a locked prop towards the line without moving it', () => {
    const scene = workbench([crate('wall', 100, 0, { locked: true }), crate('a', 0), crate('b', -30)])
    const next = alignProps(scene, ['wall', 'a', 'b'], 'x', 'max')
    expect(xs(next, 'wall', 'a', 'b')).toEqual([100, 100, 100])
    expect(prop(next, 'wall')).toBe(prop(scene, 'wall'))
  })

  it('leaves a single prop as it is', () => {
    const scene = row()
    expect(alignProps(scene, ['a'], 'x', 'min')).toBe(scene)
  })
})

describe('distributeProps', () => {
  it('makes the gaps between boxes equal, the outer two staying put', () => {
    // Boxes -12..12, 18..42, 88..112: 124 mm span, 72 mm of crate, two gaps of 26 mm.
    const scene = workbench([crate('a', 0), crate('b', 30), crate('c', 100)])
    expect(xs(distributeProps(scene, ['a', 'b', 'c'], 'x'), 'a', 'b', 'c')).toEqual([0, 50, 100])
  })

  it('spaces props of different sizes by their boxes, in their order along the axis', () => {
    // Blocks are 20 mm along x. Boxes: c -12..12, a 30..50, b 60..84, d 131..155:
    // span 167, sizes 92, three gaps of 25.
    const scene = workbench([
      { id: 'a', kind: 'balsa.block', position: { x: 40, y: 0, z: 0 } },
      crate('b', 72),
      crate('c', 0),
      crate('d', 143),
    ])
    expect(xs(distributeProps(scene, ['a', 'b', 'c', 'd'], 'x'), 'c', 'a', 'b', 'd')).toEqual([
      0, 47, 94, 143,
    ])
  })

  it('distributes along z', () => {
    const scene = workbench([crate('a', 0, 0), crate('b', 0, 5), crate('c', 0, 100)])
    const next = distributeProps(scene, ['a', 'b', 'c'], 'z')
    expect(prop(next, 'b').position.z).toBe(50)
  })

  it('leaves locked props out: neither moved nor spaced around', () => {
    const scene = workbench([
      crate('a', 0),
      crate('b', 30),
      crate('c', 100),
      crate('x', 60, 0, { locked: true }),
    ])
    expect(xs(distributeProps(scene, ['a', 'b', 'c', 'x'], 'x'), 'a', 'b', 'c', 'x')).toEqual([
      0, 50, 100, 60,
    ])
  })

  it('needs three things to space', () => {
    const scene = workbench([crate('a', 0), crate('b', 30)])
    expect(distributeProps(scene, ['a', 'b'], 'x')).toBe(scene)
  })
})
