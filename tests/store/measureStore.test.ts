import { describe, expect, it } from 'vitest'
import { vec3 } from '../../src/domain/units/vec'
import { formatModel, formatReal } from '../../src/domain/units/unitSystem'
import { createMeasureStore, distanceMm, measure } from '../../src/store/measureStore'

const at35 = { ratio: 35, name: '1:35 military' }
const ho = { ratio: 87.1, name: '1:87 HO' }

describe('measuring', () => {
  it('measures straight-line distance in model mm and what it is at full size', () => {
    expect(distanceMm(vec3(0, 0, 0), vec3(3, 0, 4))).toBe(5)
    expect(distanceMm(vec3(1, 2, 3), vec3(1, 2, 3))).toBe(0)
    // 20 mm along X and 5 along Z between two drums: 20.62 mm, 72.2 cm at 1:35.
    const drums = measure(vec3(70, 12.15, -60), vec3(90, 12.15, -55), at35)
    expect(drums.modelMm).toBeCloseTo(Math.sqrt(425), 9)
    expect(drums.prototypeMm).toBeCloseTo(Math.sqrt(425) * 35, 9)
    expect(drums.deltaMm).toEqual(vec3(20, 0, 5))
    expect(formatModel(drums.modelMm, 'metric')).toBe('20.6 mm')
    expect(formatReal(drums.prototypeMm, 'metric')).toBe('72.2 cm')
    // A 2 m door is 22.96 mm tall at 1:87.1; measured back it is 2 m again.
    const door = measure(vec3(0, 0, 0), vec3(0, 2000 / 87.1, 0), ho)
    expect(door.prototypeMm).toBeCloseTo(2000, 9)
    expect(formatReal(door.prototypeMm, 'metric')).toBe('2.00 m')
    expect(formatReal(door.prototypeMm, 'imperial')).toBe('6 ft 7 in')
  })

  it('takes two points, then starts again with the third; putting the tape away forgets them', () => {
    const tape = createMeasureStore()
    expect(tape.getState().active).toBe(false)
    tape.getState().toggle()
    tape.getState().addPoint(vec3(0, 0, 0))
    expect(tape.getState().resultMm).toBeNull()
    tape.getState().addPoint(vec3(6, 8, 0))
    expect(tape.getState().points).toHaveLength(2)
    expect(tape.getState().resultMm).toBe(10)
    tape.getState().addPoint(vec3(1, 1, 1))
    expect(tape.getState().points).toEqual([vec3(1, 1, 1)])
    expect(tape.getState().resultMm).toBeNull()
    tape.getState().addPoint(vec3(Number.NaN, 0, 0))
    expect(tape.getState().points).toHaveLength(1)
    tape.getState().clear()
    expect(tape.getState().points).toEqual([])
    tape.getState().measureBetween(vec3(0, 0, 0), vec3(0, 0, 12))
    expect(tape.getState().resultMm).toBe(12)
    tape.getState().setActive(false)
    expect(tape.getState()).toMatchObject({ active: false, points: [], resultMm: null })
  })

  it('measuring between two known points turns the tape on', () => {
    const tape = createMeasureStore()
    tape.getState().measureBetween(vec3(0, 0, 0), vec3(3, 4, 0))
    expect(tape.getState()).toMatchObject({ active: true, resultMm: 5 })
  })
})
