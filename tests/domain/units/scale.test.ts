import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SCALE,
  figureHeightMm,
  SCALE_PRESETS,
  toModelMm,
  toPrototypeMm,
  type ModelScale,
} from '../../../src/domain/units/scale'

const scale = (ratio: number): ModelScale => ({ ratio, name: `1:${ratio}` })

describe('scales', () => {
  it('turns model millimetres into real-world millimetres and back', () => {
    expect(toPrototypeMm(50, scale(35))).toBe(1750)
    expect(toPrototypeMm(16.3, scale(35))).toBeCloseTo(570.5, 9)
    expect(toModelMm(1750, scale(35))).toBe(50)
    expect(toModelMm(toPrototypeMm(12.5, scale(87.1)), scale(87.1))).toBeCloseTo(12.5, 12)
  })

  it('sizes a 1.75 m figure for the scale', () => {
    expect(figureHeightMm(scale(35))).toBe(50)
    expect(figureHeightMm(scale(72))).toBeCloseTo(24.31, 2)
    expect(figureHeightMm(scale(6))).toBeCloseTo(291.67, 2)
  })

  it('defaults to 1:35, one of the presets', () => {
    expect(DEFAULT_SCALE).toEqual({ ratio: 35, name: '1:35 military' })
    expect(SCALE_PRESETS).toContainEqual(DEFAULT_SCALE)
  })

  it('lists presets from large to small, each named after its ratio', () => {
    const ratios = SCALE_PRESETS.map((s) => s.ratio)
    expect(ratios).toEqual([...ratios].sort((a, b) => a - b))
    expect(new Set(ratios).size).toBe(ratios.length)
    // "1:87 HO" is 1:87.1; the name gives the whole number modellers use.
    for (const s of SCALE_PRESETS) expect(s.name.startsWith(`1:${Math.floor(s.ratio)}`)).toBe(true)
  })
})
