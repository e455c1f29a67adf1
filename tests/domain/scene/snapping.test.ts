import { describe, expect, it } from 'vitest'
import { nudgeDelta } from '../../../src/domain/scene/nudge'
import { snapAngle, snapToGrid } from '../../../src/domain/scene/snapping'

describe('snapToGrid', () => {
  it.each([
    [1.26, 0.1, 1.3],
    [1.24, 0.1, 1.2],
    [-1.26, 0.1, -1.3],
    [-1.24, 0.1, -1.2],
    // Halves go away from zero on both sides, though 0.15 / 0.1 is 1.4999999999999998 in floats.
    [0.15, 0.1, 0.2],
    [-0.15, 0.1, -0.2],
    [0.30000000000000004, 0.1, 0.3],
    [0.7, 0.1, 0.7],
    [14.9, 10, 10],
    [15, 10, 20],
    [-15, 10, -20],
    [-14.99, 10, -10],
    [-4.99, 10, 0],
    [0.374, 0.25, 0.25],
    [0.375, 0.25, 0.5],
    [123.456, 1, 123],
    [-0.4, 1, 0],
  ])('snaps %s mm on a %s mm grid to %s', (value, step, expected) => {
    expect(Object.is(snapToGrid(value, step), expected)).toBe(true)
  })

  it('leaves the value alone for a step that is not a positive number', () => {
    for (const step of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(snapToGrid(1.234, step)).toBe(1.234)
  })

  it('gives 3 x 0.1 mm as 0.3, not 0.30000000000000004, all along a 0.1 mm grid', () => {
    for (let i = -100; i <= 100; i++) expect(String(snapToGrid(i * 0.1 + 0.01, 0.1))).toBe(String(i / 10 + 0))
  })
})

describe('snapAngle', () => {
  it.each([
    [22, 15, 15],
    [22.5, 15, 30],
    [-22.5, 15, -30],
    [-7, 15, 0],
    [352, 15, 345],
    [359, 15, 360],
    [7, 5, 5],
    [7.5, 5, 10],
    [100, 22.5, 90],
    [-100, 22.5, -90],
    [44, 90, 0],
    [46, 90, 90],
  ])('snaps %s degrees to a %s degree step: %s', (deg, step, expected) => {
    expect(Object.is(snapAngle(deg, step), expected)).toBe(true)
  })

  it('snaps to 15 degrees by default', () => {
    expect(snapAngle(38)).toBe(45)
  })
})

describe('nudgeDelta', () => {
  it('moves one grid step along the axis, ten with Shift', () => {
    expect(nudgeDelta('x', 1, 0.1)).toEqual({ x: 0.1, y: 0, z: 0 })
    expect(nudgeDelta('z', -1, 0.1, true)).toEqual({ x: 0, y: 0, z: -1 })
    expect(nudgeDelta('y', 1, 10, true)).toEqual({ x: 0, y: 100, z: 0 })
  })
})
