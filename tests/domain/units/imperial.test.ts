import { describe, expect, it } from 'vitest'
import { formatFeet, formatInches } from '../../../src/domain/units/imperial'
import { formatModel, formatReal } from '../../../src/domain/units/unitSystem'

describe('imperial lengths', () => {
  it('gives model sizes in reduced sixteenths of an inch, as balsa is sold', () => {
    expect(formatInches(25.4)).toBe('1 in')
    expect(formatInches(1.5875)).toBe('1/16 in')
    expect(formatInches(2.38125)).toBe('1/8 in') // 3/32 rounds to the nearest 1/16: 1.5/16 -> 2/16
    expect(formatInches(31.75)).toBe('1 1/4 in')
    expect(formatInches(12.7)).toBe('1/2 in')
    expect(formatInches(-6.35)).toBe('-1/4 in')
  })

  it('gives thin sheet in thou', () => {
    expect(formatInches(0.508)).toBe('20 thou')
  })

  it('gives real-world sizes in feet and inches', () => {
    expect(formatFeet(1750)).toBe('5 ft 9 in') // 68.9 in
    expect(formatFeet(304.8 * 10)).toBe('10 ft')
    expect(formatFeet(200)).toBe('8 in')
    expect(formatFeet(-1400)).toBe('-4 ft 7 in')
  })

  it('keeps millimetres beside inches, since fields take mm', () => {
    expect(formatModel(12.7, 'imperial')).toBe('1/2 in (12.7 mm)')
    expect(formatModel(12.7, 'metric')).toBe('12.7 mm')
    expect(formatReal(1750, 'metric')).toBe('1.75 m')
  })
})
