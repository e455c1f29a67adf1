import { describe, expect, it } from 'vitest'
import { boxCentre, footprintsOverlap, propBox, unionBox } from '../../../src/domain/scene/bounds'
import { crate, prop, workbench } from './workbench'

const close = (v: { x: number; y: number; z: number }) =>
  [v.x, v.y, v.z].map((n) => Math.round(n * 1e6) / 1e6 + 0)

describe('propBox', () => {
  it('spans a crate (24 x 14 x 16 mm) from its footprint centre up', () => {
    const scene = workbench([crate('c', 10, 5, { position: { x: 10, y: 2, z: 5 } })])
    const box = propBox(prop(scene, 'c'))
    expect(close(box.min)).toEqual([-2, 2, -3])
    expect(close(box.max)).toEqual([22, 16, 13])
  })

  it('swaps length and depth for a crate turned 90 degrees, and widens one turned 45', () => {
    const turned = workbench([crate('c', 0, 0, { rotation: { x: 0, y: 90, z: 0 } })])
    expect(close(propBox(prop(turned, 'c')).max)).toEqual([8, 14, 12])
    const diagonal = workbench([crate('c', 0, 0, { rotation: { x: 0, y: 45, z: 0 } })])
    // (24 + 16) / 2 * cos 45 = 14.142136
    expect(close(propBox(prop(diagonal, 'c')).max)).toEqual([14.142136, 14, 14.142136])
  })

  it('lays a drum on its side: long along x, as high as it is wide', () => {
    const scene = workbench([
      { id: 'd', kind: 'rust.oil-drum', position: { x: 0, y: 8.15, z: 0 }, rotation: { x: 0, y: 0, z: 90 } },
    ])
    const box = propBox(prop(scene, 'd'))
    expect(close(box.min)).toEqual([-24.3, 0, -8.15])
    expect(close(box.max)).toEqual([0, 16.3, 8.15])
  })

  it('measures the prop where it would stand when given a position', () => {
    const scene = workbench([crate('c', 0)])
    expect(close(propBox(prop(scene, 'c'), { x: 100, y: 5, z: 0 }).min)).toEqual([88, 5, -8])
  })
})

describe('boxes together', () => {
  it('unites boxes and finds their centre', () => {
    const scene = workbench([crate('a', -50), crate('b', 40, 10)])
    const box = unionBox(scene.props.map((p) => propBox(p)))
    expect(box && close(box.min)).toEqual([-62, 0, -8])
    expect(box && close(box.max)).toEqual([52, 14, 18])
    expect(box && close(boxCentre(box))).toEqual([-5, 7, 5])
    expect(unionBox([])).toBeUndefined()
  })

  it('counts footprints that overlap, not ones that only touch', () => {
    const scene = workbench([crate('a', 0), crate('b', 24), crate('c', 23.9)])
    const [a, b, c] = scene.props.map((p) => propBox(p))
    expect(footprintsOverlap(a!, b!)).toBe(false)
    expect(footprintsOverlap(a!, c!)).toBe(true)
  })
})
