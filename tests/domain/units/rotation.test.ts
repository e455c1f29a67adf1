import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyMatrix,
  eulerFromMatrix,
  normalizeDeg,
  rotationMatrix,
  turnAboutY,
  type Mat3,
} from '../../../src/domain/units/rotation'
import { vec3 } from '../../../src/domain/units/vec'

const product = (a: Mat3, b: Mat3): Mat3 =>
  [0, 1, 2].flatMap((r) =>
    [0, 1, 2].map((c) => a[r * 3]! * b[c]! + a[r * 3 + 1]! * b[3 + c]! + a[r * 3 + 2]! * b[6 + c]!),
  ) as unknown as Mat3
const expectSameMatrix = (a: readonly number[], b: readonly number[]) =>
  a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 6))

describe('rotations (three.js XYZ Euler order)', () => {
  it('turns +x to -z by 90 degrees about y, as three.js does', () => {
    const v = applyMatrix(rotationMatrix(vec3(0, 90, 0)), vec3(1, 0, 0))
    expect([v.x, v.y, v.z].map((n) => n + 0)).toEqual([expect.closeTo(0), 0, expect.closeTo(-1)])
  })

  it('lays an upright drum on its side with 90 degrees about z: its axis points along -x', () => {
    const v = applyMatrix(rotationMatrix(vec3(0, 0, 90)), vec3(0, 1, 0))
    expect(v.x).toBeCloseTo(-1)
    expect(v.y).toBeCloseTo(0)
  })

  it('is Rx · Ry · Rz, and reads back its own angles (property)', () => {
    const angle = fc.double({ min: -179, max: 179, noNaN: true })
    fc.assert(
      fc.property(angle, fc.double({ min: -89, max: 89, noNaN: true }), angle, (x, y, z) => {
        const m = rotationMatrix(vec3(x, y, z))
        const composed = product(
          product(rotationMatrix(vec3(x, 0, 0)), rotationMatrix(vec3(0, y, 0))),
          rotationMatrix(vec3(0, 0, z)),
        )
        expectSameMatrix(m, composed)
        const back = eulerFromMatrix(m)
        expect(back.x).toBeCloseTo(x, 4)
        expect(back.y).toBeCloseTo(y, 4)
        expect(back.z).toBeCloseTo(z, 4)
      }),
    )
  })
})

describe('normalizeDeg', () => {
  it.each([
    [190, -170],
    [-190, 170],
    [180, 180],
    [-180, 180],
    [540, 180],
    [360, 0],
    [-360, 0],
    [45, 45],
    [719.5, -0.5],
  ])('%s -> %s', (deg, expected) => expect(normalizeDeg(deg)).toBe(expected))
})

describe('turnAboutY', () => {
  it('adds the turn to y when the prop is not tilted about x, keeping z (a fallen drum stays fallen)', () => {
    expect(turnAboutY(vec3(0, 30, 90), 90)).toEqual({ x: 0, y: 120, z: 90 })
    expect(turnAboutY(vec3(0, 170, 0), 30)).toEqual({ x: 0, y: -160, z: 0 })
  })

  it('turns a prop tilted about x about the world vertical, not about its own y (property)', () => {
    const angle = fc.double({ min: -180, max: 180, noNaN: true })
    fc.assert(
      fc.property(
        angle.filter((x) => Math.abs(x) > 1e-3),
        angle,
        angle,
        angle,
        (x, y, z, d) => {
          const turned = turnAboutY(vec3(x, y, z), d)
          expectSameMatrix(
            rotationMatrix(turned),
            product(rotationMatrix(vec3(0, d, 0)), rotationMatrix(vec3(x, y, z))),
          )
        },
      ),
    )
  })
})
