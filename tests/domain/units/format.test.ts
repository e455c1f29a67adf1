import { describe, expect, it } from 'vitest'
import { formatMm, formatPrototype, formatRatio } from '../../../src/domain/units/format'

describe('formatMm', () => {
  it('shows model sizes to a tenth of a millimetre', () => {
    expect(formatMm(12.46)).toBe('12.5 mm')
    expect(formatMm(16.3)).toBe('16.3 mm')
    expect(formatMm(0.1 + 0.2)).toBe('0.3 mm')
    expect(formatMm(100)).toBe('100 mm')
    expect(formatMm(-0.01)).toBe('0 mm')
  })
})

describe('formatPrototype', () => {
  it('shows metres from one metre up, to the centimetre', () => {
    expect(formatPrototype(3500)).toBe('3.50 m')
    expect(formatPrototype(1000)).toBe('1.00 m')
    expect(formatPrototype(1750)).toBe('1.75 m')
    expect(formatPrototype(12346)).toBe('12.35 m')
  })

  it('shows centimetres from one centimetre to a metre', () => {
    expect(formatPrototype(450)).toBe('45 cm')
    expect(formatPrototype(572)).toBe('57.2 cm')
    expect(formatPrototype(10)).toBe('1 cm')
    expect(formatPrototype(999)).toBe('99.9 cm')
  })

  it('shows millimetres below a centimetre', () => {
    expect(formatPrototype(5)).toBe('5 mm')
    expect(formatPrototype(9.94)).toBe('9.9 mm')
    expect(formatPrototype(0)).toBe('0 mm')
  })

  it('keeps the sign of negative lengths', () => {
    expect(formatPrototype(-2500)).toBe('-2.50 m')
    expect(formatPrototype(-450)).toBe('-45 cm')
  })
})

describe('formatRatio', () => {
  it('writes 1:ratio without float dust', () => {
    expect(formatRatio(35)).toBe('1:35')
    expect(formatRatio(87.1)).toBe('1:87.1')
    expect(formatRatio(76.2)).toBe('1:76.2')
    expect(formatRatio(0.1 * 3 * 100)).toBe('1:30')
    expect(formatRatio(22.499999)).toBe('1:22.5')
    expect(formatRatio(1 / 3 + 40)).toBe('1:40.33')
  })
})
