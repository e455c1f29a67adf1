import { describe, expect, it } from 'vitest'
import { restingHeight, restProps } from '../../../src/domain/scene/restingHeight'
import { vec3 } from '../../../src/domain/units/vec'
import { prop, workbench, ys, type Spec } from './workbench'

// Plank floor 1.5 mm thick, pallet 4 mm high, drum 24.3 mm high, table 21.4 mm high (43 x 23 mm).
const floor = (y = 0, extra = {}): Spec => ({
  id: 'floor',
  kind: 'balsa.plank-floor',
  position: vec3(0, y, 0),
  extra,
})
const pallet = (y = 0, extra = {}): Spec => ({
  id: 'pallet',
  kind: 'balsa.pallet',
  position: vec3(10, y, 5),
  extra,
})
const drum = (y = 0, extra = {}): Spec => ({
  id: 'drum',
  kind: 'rust.oil-drum',
  position: vec3(12, y, 4),
  extra,
})

describe('restingHeight', () => {
  it('stacks a drum on a pallet on a plank floor: 1.5 + 4 = 5.5 mm', () => {
    const yard = workbench([floor(), pallet(30)])
    expect(restingHeight(yard, prop(yard, 'pallet'))).toBe(1.5)
    const scene = workbench([floor(), pallet(1.5), drum(0)])
    expect(restingHeight(scene, prop(scene, 'drum'))).toBe(5.5)
  })

  it('takes the highest top its footprint overlaps, even one above it (a pallet slid under a drum goes on top of it)', () => {
    const scene = workbench([floor(), pallet(1.5), drum(5.5)])
    expect(restingHeight(scene, prop(scene, 'pallet'))).toBe(29.8)
  })

  it('rests on the base beside the others, and on the pallet when the footprints only just overlap', () => {
    const scene = workbench([floor(), pallet(1.5), drum(0)])
    const d = prop(scene, 'drum')
    expect(restingHeight(scene, d, vec3(150, 40, 0))).toBe(0)
    // Pallet spans x -7.15 to 27.15; the drum (8.15 mm radius) at x 35 reaches 26.85: still on the pallet.
    expect(restingHeight(scene, d, vec3(35, 0, 5))).toBe(5.5)
    // At x 61 it is past the pallet but still over the floor (to x 60 + 8.15).
    expect(restingHeight(scene, d, vec3(61, 0, 5))).toBe(1.5)
  })

  it('rests a drum on its side on its flank: origin at its radius, 8.15 mm', () => {
    const scene = workbench([drum(30, { rotation: vec3(0, 0, 90) })])
    expect(restingHeight(scene, prop(scene, 'drum'))).toBe(8.15)
  })

  it('does not rest on hidden props, nor on ignored ones, nor above `below`', () => {
    const scene = workbench([floor(0, { hidden: true }), pallet(0), drum(0)])
    expect(restingHeight(scene, prop(scene, 'drum'))).toBe(4)
    expect(restingHeight(scene, prop(scene, 'drum'), undefined, { ignore: new Set(['pallet']) })).toBe(0)
    expect(restingHeight(scene, prop(scene, 'drum'), undefined, { below: 3 })).toBe(0)
  })
})

describe('restProps', () => {
  it('drops a floating stack onto the base as a stack, lowest first', () => {
    const scene = workbench([drum(50), pallet(20), floor(10)])
    expect(ys(restProps(scene, ['floor', 'pallet', 'drum']), 'floor', 'pallet', 'drum')).toEqual([
      0, 1.5, 5.5,
    ])
  })

  it('drops a group as one rigid thing onto its lowest contact', () => {
    const scene = workbench(
      [floor(), pallet(10, { groupId: 'g' }), drum(14, { groupId: 'g' })],
      [{ id: 'g', name: 'Drum on pallet' }],
    )
    expect(ys(restProps(scene, ['pallet', 'drum']), 'pallet', 'drum')).toEqual([1.5, 5.5])
  })

  it('lifts a prop sunk into another onto it, and leaves a crate under a table under it', () => {
    const sunk = workbench([pallet(0), drum(3)])
    expect(ys(restProps(sunk, ['drum']), 'drum')).toEqual([4])
    const table = workbench([
      { id: 'table', kind: 'balsa.table', position: vec3(0, 0, 0) },
      { id: 'crate', kind: 'balsa.crate', position: vec3(0, 0, 0) },
    ])
    expect(restProps(table, ['crate'])).toBe(table)
    // Placed on the highest surface instead, it goes on top of the table.
    expect(ys(restProps(table, ['crate'], 'surface'), 'crate')).toEqual([21.4])
  })

  it('leaves locked props where they are, and rests others on them', () => {
    const scene = workbench([pallet(10, { locked: true }), drum(40)])
    expect(ys(restProps(scene, ['pallet', 'drum']), 'pallet', 'drum')).toEqual([10, 14])
  })
})
