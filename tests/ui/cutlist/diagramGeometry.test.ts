import { describe, expect, it } from 'vitest'
import { cutLengths } from '../../../src/domain/cutlist/packing'
import {
  MAX_NUMBERED_CUTS,
  bandPath,
  barLeftover,
  fitFontSize,
  fitLabel,
  formatMm,
  lineOffsets,
  markerCentres,
  sheetFrame,
  sheetLeftover,
  sheetView,
} from '../../../src/ui/cutlist/diagramGeometry'

describe('formatMm', () => {
  it('writes millimetres with at most one decimal and no trailing zero', () => {
    expect(formatMm(6)).toBe('6')
    expect(formatMm(4.3)).toBe('4.3')
    expect(formatMm(120.5)).toBe('120.5')
    expect(formatMm(4.25)).toBe('4.3')
    expect(formatMm(5.999)).toBe('6')
    expect(formatMm(0.04)).toBe('0')
    expect(formatMm(-1.25)).toBe('-1.3')
  })

  it('groups thousands only when asked, whatever the locale', () => {
    expect(formatMm(1234.5)).toBe('1234.5')
    expect(formatMm(1234.5, { grouped: true })).toBe('1,234.5')
    expect(formatMm(1234567, { grouped: true })).toBe('1,234,567')
    expect(formatMm(999, { grouped: true })).toBe('999')
  })
})

describe('sheetView', () => {
  it('draws a squarish sheet upright with y flipped: the sheet origin at the bottom left', () => {
    const view = sheetView({ widthMm: 200, heightMm: 300 })
    expect(view.lyingDown).toBe(false)
    expect([view.width, view.height]).toEqual([200, 300])
    expect(view.point(0, 0)).toEqual({ x: 0, y: 300 })
    expect(view.point(200, 300)).toEqual({ x: 200, y: 0 })
    expect(view.rect(10, 20, 30, 40)).toEqual({ x: 10, y: 240, width: 30, height: 40 })
  })

  it('lays a sheet more than twice as tall as wide on its side, a quarter turn clockwise', () => {
    const view = sheetView({ widthMm: 100, heightMm: 1000 })
    expect(view.lyingDown).toBe(true)
    expect([view.width, view.height]).toEqual([1000, 100])
    // The bottom end goes left, the left edge to the top: a rotation keeps the corners' cyclic order.
    expect(view.point(0, 0)).toEqual({ x: 0, y: 0 })
    expect(view.point(100, 0)).toEqual({ x: 0, y: 100 })
    expect(view.point(100, 1000)).toEqual({ x: 1000, y: 100 })
    expect(view.point(0, 1000)).toEqual({ x: 1000, y: 0 })
    expect(view.cut({ axis: 'x', atMm: 8.15, fromMm: 2, toMm: 122 })).toEqual({
      from: { x: 2, y: 8.15 },
      to: { x: 122, y: 8.15 },
    })
    // A 6 x 120 plank standing along the sheet's height lies along the drawing.
    expect(view.rect(2, 2, 6, 120)).toEqual({ x: 2, y: 2, width: 120, height: 6 })
    expect(sheetView({ widthMm: 100, heightMm: 200 }).lyingDown).toBe(false)
  })

  it('keeps every corner of the rotated sheet inside the frame, with the grain arrow above it', () => {
    const view = sheetView({ widthMm: 100, heightMm: 1000 })
    const frame = sheetFrame(view, 20, true)
    const { x, y, width, height } = frame.viewBox
    expect(x).toBeLessThan(0)
    expect(y).toBeLessThan(0)
    expect(x + width).toBeGreaterThan(1000)
    expect(frame.captionY).toBeGreaterThan(100)
    expect(frame.captionY).toBeLessThan(y + height)
    expect(frame.grain?.line.from.y).toBe(frame.grain?.line.to.y)
    expect(frame.grain?.line.from.y).toBeLessThan(0)
    expect(sheetFrame(sheetView({ widthMm: 200, heightMm: 300 }), 6, true).grain?.line.from.x).toBeLessThan(0)
    expect(sheetFrame(view, 20, false).grain).toBeNull()
  })
})

describe('text fitting', () => {
  it('takes the largest size that fits both ways, capped, or none below the minimum', () => {
    expect(fitFontSize(['A'], { width: 100, height: 100 }, { maxMm: 5, minMm: 1 })).toBe(5)
    // 10 characters at 0.6 em in 30 mm: 5 mm.
    expect(fitFontSize(['0123456789'], { width: 30, height: 100 }, { maxMm: 20, minMm: 1 })).toBeCloseTo(5)
    // Two lines at 1.2 em in 12 mm: 5 mm.
    expect(fitFontSize(['A', 'B'], { width: 100, height: 12 }, { maxMm: 20, minMm: 1 })).toBeCloseTo(5)
    expect(fitFontSize(['A'], { width: 1, height: 1 }, { maxMm: 20, minMm: 1 })).toBeNull()
  })

  it('falls back from the full label to the bare tag, and to nothing for a speck', () => {
    const choices = [
      { lines: ['B3', '24 × 16'], minMm: 2 },
      { lines: ['B3 24 × 16'], minMm: 2 },
      { lines: ['B3'], minMm: 1 },
    ]
    expect(fitLabel(choices, { x: 0, y: 0, width: 24, height: 16 }, 4)?.lines).toEqual(['B3', '24 × 16'])
    expect(fitLabel(choices, { x: 0, y: 0, width: 120, height: 4 }, 4)?.lines).toEqual(['B3 24 × 16'])
    const tagOnly = fitLabel(choices, { x: 0, y: 0, width: 4, height: 6 }, 4)
    expect(tagOnly?.lines).toEqual(['B3'])
    expect(tagOnly!.fontMm * 0.6 * 2).toBeLessThanOrEqual(4)
    expect(fitLabel(choices, { x: 0, y: 0, width: 1, height: 1 }, 4)).toBeNull()
  })

  it('centres lines on the box middle', () => {
    expect(lineOffsets(1)).toEqual([0])
    expect(lineOffsets(2)).toEqual([-0.6, 0.6])
  })
})

describe('markerCentres', () => {
  it('puts each number at the start of its cut, sliding along it to clear earlier numbers', () => {
    const corner = { x: 0, y: 0 }
    const strokes = [
      { from: corner, to: { x: 100, y: 0 } },
      { from: corner, to: { x: 0, y: 100 } },
      { from: { x: 50, y: 50 }, to: { x: 50, y: 60 } },
    ]
    const centres = markerCentres(strokes, 2)
    expect(centres[0]).toEqual(corner)
    expect(centres[1]).toEqual({ x: 0, y: 4 })
    expect(centres[2]).toEqual({ x: 50, y: 50 })
    for (let i = 0; i < centres.length; i++)
      for (let j = 0; j < i; j++)
        expect(
          Math.hypot(centres[i]!.x - centres[j]!.x, centres[i]!.y - centres[j]!.y),
        ).toBeGreaterThanOrEqual(3.8)
  })

  it('keeps a number on its cut when there is no room: at the start', () => {
    const short = { from: { x: 0, y: 0 }, to: { x: 1, y: 0 } }
    expect(markerCentres([short, short], 2)).toEqual([short.from, short.from])
    expect(MAX_NUMBERED_CUTS).toBeGreaterThan(10)
  })
})

describe('leftovers', () => {
  it('finds the bar beyond the last cut, a kerf past the last piece', () => {
    const { bars } = cutLengths({
      pieces: [{ id: 'leg', lengthMm: 100, count: 2 }],
      stock: [{ lengthMm: 914 }],
      kerfMm: 0.3,
      trimMm: 2,
    })
    const left = barLeftover(bars[0]!)
    expect(left?.startMm).toBeCloseTo(2 + 100 + 0.3 + 100 + 0.3)
    expect(left?.lengthMm).toBeCloseTo(914 - 202.6)
  })

  it('finds none when the pieces use the whole bar', () => {
    const bar = {
      stockIndex: 0,
      stockLengthMm: 100,
      pieces: [{ pieceId: 'a', copy: 0, startMm: 0, lengthMm: 100 }],
    }
    expect(barLeftover({ ...bar, cutPositionsMm: [], wasteMm: 0, wastePct: 0 })).toBeNull()
  })

  it('finds the strip of sheet past the highest part, inside the trim', () => {
    const size = { widthMm: 100, heightMm: 1000 }
    expect(sheetLeftover([{ yMm: 2, heightMm: 120 }], size, 2)).toEqual({
      xMm: 2,
      yMm: 122,
      widthMm: 96,
      heightMm: 876,
    })
    expect(sheetLeftover([{ yMm: 2, heightMm: 990 }], size, 2)).toBeNull()
  })

  it('rings the trim band between the sheet edge and the trim line', () => {
    const d = bandPath({ x: 0, y: 0, width: 10, height: 20 }, { x: 1, y: 1, width: 8, height: 18 })
    expect(d).toBe('M0,0h10v20h-10zM1,1h8v18h-8z')
  })
})
