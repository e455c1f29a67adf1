import { describe, expect, it } from 'vitest'
import { makeProp } from '../../../src/domain/scene/addProp'
import { footprintHalf, propPieces, propSize } from '../../../src/domain/scene/propGeometry'
import type { Prop } from '../../../src/domain/scene/types'
import { vec3 } from '../../../src/domain/units/vec'

const strip = (turnDeg: number): Prop =>
  makeProp({ kind: 'balsa.strip', params: { lengthMm: 100, widthMm: 6 }, rotation: vec3(0, turnDeg, 0) })

describe('prop geometry', () => {
  it('sizes a prop from its family', () => {
    expect(propSize(strip(0))).toEqual({ x: 100, y: 3, z: 6 })
    expect(propPieces(strip(0))).toHaveLength(1)
  })

  it('sizes a custom model by its model and draws it as one placeholder box standing on its origin', () => {
    const car: Prop = {
      ...strip(90),
      kind: 'custom.model',
      params: {},
      model: { id: 'abc', name: 'Car.glb', sizeMm: vec3(100, 40, 50) },
    }
    expect(propSize(car)).toEqual({ x: 100, y: 40, z: 50 })
    expect(propPieces(car)).toEqual([
      { shape: 'box', at: { x: 0, y: 20, z: 0 }, size: { x: 100, y: 40, z: 50 } },
    ])
    // Turned 90 degrees, its 100 mm length lies along z.
    expect(footprintHalf(car).x).toBeCloseTo(25)
    expect(footprintHalf(car).z).toBeCloseTo(50)
  })

  it('gives an unknown kind a small placeholder box and no pieces', () => {
    const ghost: Prop = { ...strip(0), kind: 'future.thing' }
    expect(propSize(ghost)).toEqual({ x: 10, y: 10, z: 10 })
    expect(propPieces(ghost)).toEqual([])
  })

  it('turns the footprint with the prop about the vertical', () => {
    expect(footprintHalf(strip(0))).toEqual({ x: 50, z: 3 })
    const quarter = footprintHalf(strip(90))
    expect(quarter.x).toBeCloseTo(3, 9)
    expect(quarter.z).toBeCloseTo(50, 9)
    const half = footprintHalf(strip(-180))
    expect(half.x).toBeCloseTo(50, 9)
    expect(half.z).toBeCloseTo(3, 9)
  })

  it('bounds a prop turned at an angle by the box around its corners', () => {
    const h = footprintHalf(strip(30))
    const c = Math.cos(Math.PI / 6)
    const s = Math.sin(Math.PI / 6)
    expect(h.x).toBeCloseTo((100 * c + 6 * s) / 2, 9)
    expect(h.z).toBeCloseTo((100 * s + 6 * c) / 2, 9)
  })
})
