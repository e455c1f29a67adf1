import { describe, expect, it } from 'vitest'
import { addVec, roundTo, sameVec, snapVec, vec3, ZERO } from '../../../src/domain/units/vec'

describe('vectors', () => {
  it('adds and compares component-wise', () => {
    expect(addVec(vec3(1, 2, 3), vec3(-1, 0.5, 10))).toEqual({ x: 0, y: 2.5, z: 13 })
    expect(sameVec(vec3(1, 2, 3), vec3(1, 2, 3))).toBe(true)
    expect(sameVec(vec3(1, 2, 3), vec3(1, 2, 4))).toBe(false)
    expect(sameVec(ZERO, vec3(0, 0, 0))).toBe(true)
  })

  it('snaps to a step without float dust or negative zero', () => {
    expect(snapVec(vec3(12.4, -0.4, 7.6), 1)).toEqual({ x: 12, y: 0, z: 8 })
    expect(Object.is(snapVec(vec3(-0.4, 0, 0), 1).x, 0)).toBe(true)
    expect(snapVec(vec3(0.1 + 0.2, 0.74, -0.26), 0.1)).toEqual({ x: 0.3, y: 0.7, z: -0.3 })
    expect(snapVec(vec3(13, 0, 0), 5).x).toBe(15)
  })

  it('rounds to a number of decimals', () => {
    expect(roundTo(1.23456, 2)).toBe(1.23)
    expect(roundTo(0.1 + 0.2, 6)).toBe(0.3)
    expect(Object.is(roundTo(-0.0001, 2), 0)).toBe(true)
  })
})
