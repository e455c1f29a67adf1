import { describe, expect, it } from 'vitest'
import { collectParts, tagFor } from '../../../src/domain/cutlist/collectParts'
import type { CutPart } from '../../../src/domain/cutlist/types'
import { createScene } from '../../../src/domain/scene/createScene'
import { sceneOf } from './planChecks'

const TOL = 0.1

const floor = (params: Record<string, number> = {}, name?: string) => ({
  kind: 'balsa.plank-floor',
  params,
  ...(name !== undefined && { name }),
})

const flat = (part: CutPart) => {
  if (part.size.shape !== 'flat') throw new Error(`${part.tag} is not flat`)
  return part.size
}

describe('collectParts', () => {
  it('skips custom models: a printed or bought model is not cut from stock', () => {
    const scene = sceneOf(floor())
    const [plankFloor] = scene.props
    if (!plankFloor) throw new Error('no floor')
    const car = {
      ...plankFloor,
      id: 'car',
      kind: 'custom.model',
      params: {},
      model: { id: 'abc', name: 'Car.glb', sizeMm: { x: 100, y: 40, z: 50 } },
    }
    expect(collectParts({ ...scene, props: [...scene.props, car] }, TOL)).toEqual(collectParts(scene, TOL))
  })

  it('lists the default plank floor as one line of 12 planks 6 × 120 × 1.5 mm', () => {
    // plankCount(80, 6, 0.3) = floor(80.3 / 6.3) = 12
    expect(collectParts(sceneOf(floor()), TOL)).toEqual([
      {
        tag: 'A',
        stock: 'balsa-sheet',
        label: 'Plank',
        props: 'Plank floor',
        material: 'balsa',
        size: { shape: 'flat', thicknessMm: 1.5, widthMm: 6, lengthMm: 120 },
        count: 12,
        grain: 'length',
      },
    ])
  })

  it('gives an empty scene an empty cut list', () => {
    expect(collectParts(createScene(), TOL)).toEqual([])
  })

  it('skips props of a kind the catalog does not know', () => {
    const scene = sceneOf(floor())
    const stranger = { ...scene.props[0]!, id: 'p-x', kind: 'balsa.chair' }
    expect(collectParts({ ...scene, props: [...scene.props, stranger] }, TOL)).toHaveLength(1)
  })

  it('sums identical parts of several props and counts the props by name', () => {
    const parts = collectParts(sceneOf(floor({}, 'Deck'), floor(), floor({}, 'Deck')), TOL)
    expect(parts).toHaveLength(1)
    expect(parts[0]).toMatchObject({ count: 36, props: 'Deck ×2, Plank floor' })
  })

  it('counts each prop once even when two of its parts share a line', () => {
    // A crate 24 long, 14 deep and 16 high: top/bottom 24 × 14 and sides 24 × (16 - 2) are one size.
    const parts = collectParts(
      sceneOf({ kind: 'balsa.crate', params: { lengthMm: 24, depthMm: 14, heightMm: 16 } }),
      TOL,
    )
    const panels = parts.find((p) => p.count === 4)
    expect(panels?.label).toBe('Top / bottom / Side')
    expect(panels?.props).toBe('Crate')
  })

  it('groups parts within the tolerance, keeping the largest of each size', () => {
    const parts = collectParts(
      sceneOf(floor({ plankWidthMm: 6.05 }), floor({ lengthMm: 120.06 }), floor({ thicknessMm: 1.52 })),
      TOL,
    )
    expect(parts).toHaveLength(1)
    expect(parts[0]!.count).toBe(36)
    expect(flat(parts[0]!)).toEqual({ shape: 'flat', thicknessMm: 1.52, widthMm: 6.05, lengthMm: 120.06 })
  })

  it.each([
    ['plank width 6 / 6.1', { plankWidthMm: 6 }, { plankWidthMm: 6.1 }],
    ['plank width 6 / 6.2', { plankWidthMm: 6 }, { plankWidthMm: 6.2 }],
    ['length 120 / 120.1', { lengthMm: 120 }, { lengthMm: 120.1 }],
    ['length 80 / 80.1', { lengthMm: 80 }, { lengthMm: 80.1 }],
    ['thickness 1.5 / 1.6', { thicknessMm: 1.5 }, { thicknessMm: 1.6 }],
    ['thickness 0.5 / 0.6', { thicknessMm: 0.5 }, { thicknessMm: 0.6 }],
  ])('keeps parts apart that differ by 0.1 mm or more (%s)', (_, a, b) => {
    expect(collectParts(sceneOf(floor(a), floor(b)), TOL).map((p) => p.count)).toEqual([12, 12])
  })

  it('never puts two parts that differ by the tolerance or more on one line', () => {
    // 6.09 is within 0.1 of 6, and so is 5.92, but 6.09 and 5.92 are 0.17 apart.
    const parts = collectParts(
      sceneOf(floor({ plankWidthMm: 6 }), floor({ plankWidthMm: 6.09 }), floor({ plankWidthMm: 5.92 })),
      TOL,
    )
    expect(parts.reduce((n, p) => n + p.count, 0)).toBe(36)
    expect(parts.map((p) => p.count)).not.toContain(36)
  })

  it('follows a wider tolerance', () => {
    const scene = sceneOf(floor({ plankWidthMm: 6 }), floor({ plankWidthMm: 6.3 }))
    expect(collectParts(scene, 0.5).map((p) => p.count)).toEqual([24])
    expect(collectParts(scene, TOL).map((p) => p.count)).toEqual([12, 12])
  })

  it('turns ungrained flat parts so the width is the shorter side, and groups them either way round', () => {
    const parts = collectParts(
      sceneOf(
        { kind: 'plastic.styrene-sheet', params: { lengthMm: 30, widthMm: 50 } },
        { kind: 'plastic.styrene-sheet', params: { lengthMm: 50, widthMm: 30 } },
      ),
      TOL,
    )
    expect(parts).toHaveLength(1)
    expect(parts[0]).toMatchObject({ count: 2, grain: 'none', stock: 'styrene-sheet' })
    expect(flat(parts[0]!)).toMatchObject({ widthMm: 30, lengthMm: 50 })
  })

  it('keeps grained parts as drawn: the length runs along the grain even when shorter', () => {
    const parts = collectParts(sceneOf({ kind: 'balsa.sheet', params: { lengthMm: 30, widthMm: 50 } }), TOL)
    expect(flat(parts[0]!)).toMatchObject({ widthMm: 50, lengthMm: 30 })
    expect(parts[0]!.grain).toBe('length')
  })

  it('keeps parts of different materials apart even when stock and size agree', () => {
    // A rust sign's post is a 1.7 mm balsa strip 63 long; so is this plain strip.
    const parts = collectParts(
      sceneOf(
        { kind: 'rust.sign' },
        { kind: 'balsa.strip', params: { thicknessMm: 1.7, widthMm: 1.7, lengthMm: 63 } },
      ),
      TOL,
    )
    const strips = parts.filter((p) => p.stock === 'balsa-strip')
    expect(strips.map((p) => p.material).sort()).toEqual(['balsa', 'rust'])
  })

  it('groups foil areas and plaster volumes, and keeps their sizes', () => {
    const parts = collectParts(
      sceneOf({ kind: 'foil.crumpled-rock' }, { kind: 'foil.crumpled-rock' }, { kind: 'plaster.brick-wall' }),
      TOL,
    )
    expect(parts.map((p) => [p.stock, p.count])).toEqual([
      ['kitchen-foil', 2],
      ['plaster', 1],
    ])
    const cast = parts[1]!.size
    expect(cast.shape === 'volume' && cast.volumeMm3).toBeCloseTo(60 * 30 * 6.2, 6)
  })

  it('orders lines by stock, then thickness, then the biggest parts first, tagged A, B, C …', () => {
    const parts = collectParts(
      sceneOf(
        { kind: 'plaster.brick-wall' },
        { kind: 'rust.oil-drum' },
        { kind: 'foil.crumpled-rock' },
        { kind: 'balsa.strip' },
        floor(),
        // Default crate 24 × 16 × 14, 1 mm boards: top/bottom 24 × 16, sides 24 × 12, ends 14 × 12.
        { kind: 'balsa.crate' },
      ),
      TOL,
    )
    expect(parts.map((p) => [p.tag, p.label])).toEqual([
      ['A', 'Top / bottom'],
      ['B', 'Side'],
      ['C', 'End'],
      ['D', 'Plank'],
      ['E', 'Strip'],
      ['F', 'Rolling hoop'],
      ['G', 'Drum body'],
      ['H', 'Foil skin'],
      ['I', 'Cast wall block (bricks scribed in)'],
    ])
    expect(parts.slice(0, 3).map((p) => [flat(p).widthMm, flat(p).lengthMm])).toEqual([
      [16, 24],
      [12, 24],
      [12, 14],
    ])
  })

  it('tags the 27th line AA', () => {
    const widths = Array.from({ length: 28 }, (_, i) => i + 1)
    const parts = collectParts(sceneOf(...widths.map((w) => floor({ plankWidthMm: w, widthMm: 100 }))), TOL)
    expect(parts.map((p) => p.tag)).toEqual([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''), 'AA', 'AB'])
    // One thickness and length: the widest planks first.
    expect(parts.map((p) => flat(p).widthMm)).toEqual([...widths].reverse())
  })
})

describe('tagFor', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('tag %i is %s', (index, tag) => {
    expect(tagFor(index)).toBe(tag)
  })
})
