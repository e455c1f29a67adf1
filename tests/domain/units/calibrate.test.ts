import { describe, expect, it } from 'vitest'
import { calibratedWidthMm } from '../../../src/domain/units/calibrate'

const at35 = { ratio: 35, name: '1:35' }

describe('scaling a reference photo by two marked points', () => {
  it('makes the marked distance the real one at the scene’s scale', () => {
    // 100 px between the points, 900 mm real: at 1:35 that is 25.714 mm, so 1000 px are 257.14 mm.
    expect(calibratedWidthMm(1000, { x: 10, y: 20 }, { x: 110, y: 20 }, 900, at35)).toBeCloseTo(257.142857, 5)
  })

  it('measures along any direction', () => {
    // A 3-4-5 triangle: the points are 50 px apart.
    expect(calibratedWidthMm(500, { x: 0, y: 0 }, { x: 30, y: 40 }, 3500, at35)).toBeCloseTo(1000, 9)
  })

  it('gives nothing for coinciding points or a distance that is not positive', () => {
    expect(calibratedWidthMm(500, { x: 5, y: 5 }, { x: 5, y: 5 }, 1000, at35)).toBeUndefined()
    expect(calibratedWidthMm(500, { x: 0, y: 0 }, { x: 5, y: 5 }, 0, at35)).toBeUndefined()
    expect(calibratedWidthMm(500, { x: 0, y: 0 }, { x: 5, y: 5 }, Number.NaN, at35)).toBeUndefined()
  })
})
