import { describe, expect, it } from 'vitest'
import {
  countAtMostApart,
  countNearPitch,
  packedCentres,
  spreadCentres,
  stackedCentres,
} from '../../../src/domain/catalog/spacing'

describe('spacing repeated members', () => {
  it('puts studs at most the spacing apart, never fewer than one each end', () => {
    // (80 - 1.1) / 11.4 = 6.92: 7 spaces, 8 studs.
    expect(countAtMostApart(80, 1.1, 11.4)).toBe(8)
    // Exactly 4 spaces of 10 mm, where float division may land a hair over 4.
    expect(countAtMostApart(41, 1, 10)).toBe(5)
    expect(countAtMostApart(5, 1, 100)).toBe(2)
  })

  it('comes nearest the pitch for bars and rivets', () => {
    // 24.7 / 1.2 = 20.58 → 21 spaces; 33.08 → 33 spaces.
    expect(countNearPitch(25, 0.3, 1.2)).toBe(22)
    expect(countNearPitch(40, 0.3, 1.2)).toBe(34)
    expect(countNearPitch(1, 0, 10)).toBe(2)
  })

  it('spreads members edge to edge, the outer ones flush with the ends', () => {
    expect(spreadCentres(3, 20, 2)).toEqual([-9, 0, 9])
    expect(spreadCentres(1, 20, 2)).toEqual([0])
  })

  it('packs members a gap apart, centred, or stacked up from zero', () => {
    expect(packedCentres(3, 2, 1)).toEqual([-3, 0, 3])
    expect(stackedCentres(3, 2, 1)).toEqual([1, 4, 7])
  })
})
