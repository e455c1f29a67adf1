import { describe, expect, it } from 'vitest'
import { door } from '../../../src/domain/catalog/balsa/door'
import { ladder } from '../../../src/domain/catalog/balsa/ladder'
import { picketFence } from '../../../src/domain/catalog/balsa/picketFence'
import { plankWall } from '../../../src/domain/catalog/balsa/plankWall'
import { stairs, stringerBlank, stringerOutline } from '../../../src/domain/catalog/balsa/stairs'
import { windowFrame } from '../../../src/domain/catalog/balsa/windowFrame'
import { defaults, isSimple, withDefaults } from './pieceExtent'
import { issuesFor } from './refusal'

describe('plank wall with studs', () => {
  const p = defaults(plankWall)

  it('is 15 boards on 8 studs between two plates', () => {
    // 15 x 4.3 + 14 x 0.2 = 67.3 mm fits in 69; 16 x 4.3 + 15 x 0.2 = 71.8 does not.
    // (80 - 1.1) / 11.4 = 6.92, so 7 spaces and 8 studs; studs are 69 - 2 x 1.1 = 66.8 mm between the plates.
    expect(plankWall.parts(p)).toEqual([
      {
        stock: 'balsa-sheet',
        label: 'Plank',
        thicknessMm: 0.8,
        lengthMm: 80,
        widthMm: 4.3,
        count: 15,
        grain: 'length',
      },
      {
        stock: 'balsa-strip',
        label: 'Stud',
        thicknessMm: 1.1,
        widthMm: 2.5,
        lengthMm: 66.8,
        count: 8,
        grain: 'length',
      },
      {
        stock: 'balsa-strip',
        label: 'Plate',
        thicknessMm: 1.1,
        widthMm: 2.5,
        lengthMm: 80,
        count: 2,
        grain: 'length',
      },
    ])
    expect(plankWall.size(p)).toEqual({ x: 80, y: 69, z: 0.8 + 2.5 })
  })

  it('puts studs no further apart than asked, the end ones flush with the ends', () => {
    const studs = plankWall.pieces(p).filter((piece) => piece.shape === 'box' && piece.grain === 'y')
    const xs = studs.map((piece) => piece.at.x)
    expect(xs[0]).toBeCloseTo(-40 + 0.55, 9)
    expect(xs[7]).toBeCloseTo(40 - 0.55, 9)
    // 78.9 / 7 = 11.27 mm apart, under the 11.4 mm asked.
    for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeCloseTo(78.9 / 7, 9)
  })

  it('lays the boards from the ground up, in front of the studs', () => {
    const boards = plankWall.pieces(p).filter((piece) => piece.shape === 'box' && piece.size.y === 4.3)
    expect(boards[0]?.at).toEqual({ x: 0, y: 2.15, z: 3.3 / 2 - 0.4 })
    expect(boards[14]?.at.y).toBeCloseTo(2.15 + 14 * 4.5, 9)
  })

  it('refuses boards, studs or spacings that cannot be built', () => {
    expect(issuesFor(plankWall, { heightMm: 40, plankWidthMm: 45 })).toEqual([
      { param: 'plankWidthMm', message: 'a plank must be no wider than the wall is tall' },
    ])
    // 500 / (1 + 0) = 500 boards.
    expect(issuesFor(plankWall, { heightMm: 500, plankWidthMm: 1, gapMm: 0 })).toEqual([
      { param: 'plankWidthMm', message: '500 planks are too many: at most 200' },
    ])
    expect(issuesFor(plankWall, { heightMm: 20, studMm: 10, studSpacingMm: 20 })).toEqual([
      { param: 'studMm', message: 'stud width must be less than half the height (two plates)' },
    ])
    expect(issuesFor(plankWall, { lengthMm: 30, studMm: 16, studSpacingMm: 40 })).toEqual([
      { param: 'studMm', message: 'stud width must be at most half the length (a stud each end)' },
    ])
    expect(issuesFor(plankWall, { studMm: 3, studSpacingMm: 5 })).toEqual([
      { param: 'studSpacingMm', message: 'stud spacing must be at least twice the stud width' },
    ])
    // (1000 - 0.5) / 5 = 199.9, so 200 spaces and 201 studs.
    expect(issuesFor(plankWall, { lengthMm: 1000, studMm: 0.5, studSpacingMm: 5 })).toEqual([
      { param: 'studSpacingMm', message: '201 studs are too many: at most 200' },
    ])
  })
})

describe('ladder', () => {
  const p = defaults(ladder)

  it('has 7 rungs every 8.6 mm on a 71 mm ladder, fitted between the rails', () => {
    // 71 / 8.6 = 8.26; the top rung stays half a spacing below the tops: 8.26 - 0.5 = 7.76, so 7.
    expect(ladder.parts(p)).toEqual([
      {
        stock: 'balsa-strip',
        label: 'Rail',
        thicknessMm: 1,
        widthMm: 1.9,
        lengthMm: 71,
        count: 2,
        grain: 'length',
      },
      { stock: 'balsa-dowel', label: 'Rung', diameterMm: 0.9, lengthMm: 13 - 2 * 1, count: 7 },
    ])
    const rungYs = ladder
      .pieces(p)
      .slice(2)
      .map((piece) => piece.at.y)
    expect(rungYs[0]).toBeCloseTo(8.6, 9)
    expect(rungYs[6]).toBeCloseTo(7 * 8.6, 9)
  })

  it('refuses rails, rungs and spacings that do not fit', () => {
    expect(issuesFor(ladder, { railMm: 7 })).toEqual([
      { param: 'railMm', message: 'rail thickness must be less than half the width' },
    ])
    expect(issuesFor(ladder, { rungDiameterMm: 2 })).toEqual([
      { param: 'rungDiameterMm', message: 'rung diameter must be at most the rail depth' },
    ])
    expect(issuesFor(ladder, { railDepthMm: 5, rungDiameterMm: 4, rungSpacingMm: 3 })).toEqual([
      { param: 'rungDiameterMm', message: 'rung diameter must be less than the rung spacing' },
    ])
    // 1.5 x 50 = 75 mm > 71: not even one rung would fit with half a spacing above it.
    expect(issuesFor(ladder, { rungSpacingMm: 50 })).toEqual([
      { param: 'rungSpacingMm', message: 'rung spacing must be at most 2/3 of the height' },
    ])
  })
})

describe('plank door', () => {
  const p = defaults(door)

  it('rips six boards to fill 26 mm, on three ledges, with an iron knob', () => {
    // 26 / 4.3 = 6.05, so 6 boards; 5 joints of 0.1 mm leave (26 - 0.5) / 6 = 4.25 mm a board.
    expect(door.parts(p)).toEqual([
      {
        stock: 'balsa-sheet',
        label: 'Board',
        thicknessMm: 1,
        lengthMm: 57,
        widthMm: 4.25,
        count: 6,
        grain: 'length',
      },
      {
        stock: 'balsa-strip',
        label: 'Ledge',
        thicknessMm: 1,
        widthMm: 4.3,
        lengthMm: 26,
        count: 3,
        grain: 'length',
      },
      { stock: 'styrene-rod', label: 'Knob', diameterMm: 0.8, lengthMm: 1.2, count: 1 },
    ])
  })

  it('is a 2 x 0.9 m door at 1:35 whose knob is rusted metal on the front', () => {
    // Ledges 1 mm + boards 1 mm + knob 1.2 mm deep.
    expect(door.size(p)).toEqual({ x: 26, y: 57, z: 3.2 })
    const knob = door.pieces(p).at(-1)
    expect(knob).toMatchObject({ shape: 'cylinder', axis: 'z', material: 'rust' })
    expect(knob?.at.z).toBeCloseTo(3.2 / 2 - 0.6, 9)
    const ledges = door.pieces(p).filter((piece) => piece.shape === 'box' && piece.grain === 'x')
    expect(ledges.map((l) => l.at.y)).toEqual([57 / 8, 57 / 2, (7 * 57) / 8])
  })

  it('refuses a board wider than the door, and ledges that would overlap', () => {
    expect(issuesFor(door, { plankWidthMm: 30 })).toEqual([
      { param: 'plankWidthMm', message: 'a board must be no wider than the door' },
    ])
    // 57 / 4 = 14.25 mm.
    expect(issuesFor(door, { ledgeWidthMm: 15 })).toEqual([
      { param: 'ledgeWidthMm', message: 'ledge width must be at most a quarter of the height' },
    ])
  })
})

describe('window with glazing bars', () => {
  const p = defaults(windowFrame)

  it('is a frame of stiles and rails, one upright and four cross bars, and a clear pane', () => {
    // Opening 26 - 2 x 1.7 = 22.6 by 34 - 2 x 1.7 = 30.6 mm; panes (22.6 - 0.7) / 2 = 10.95 mm across.
    // 2 columns x 3 rows: 1 upright bar, 2 rows of cross bars x 2 columns = 4 short bars.
    expect(windowFrame.parts(p)).toEqual([
      {
        stock: 'balsa-strip',
        label: 'Stile',
        thicknessMm: 1.6,
        widthMm: 1.7,
        lengthMm: 34,
        count: 2,
        grain: 'length',
      },
      {
        stock: 'balsa-strip',
        label: 'Rail',
        thicknessMm: 1.6,
        widthMm: 1.7,
        lengthMm: 22.6,
        count: 2,
        grain: 'length',
      },
      {
        stock: 'balsa-strip',
        label: 'Upright glazing bar',
        thicknessMm: 0.8,
        widthMm: 0.7,
        lengthMm: 30.6,
        count: 1,
        grain: 'length',
      },
      {
        stock: 'balsa-strip',
        label: 'Cross glazing bar',
        thicknessMm: 0.8,
        widthMm: 0.7,
        lengthMm: expect.closeTo(10.95, 9) as number,
        count: 4,
        grain: 'length',
      },
      {
        stock: 'styrene-sheet',
        label: 'Glazing (clear)',
        thicknessMm: 0.25,
        lengthMm: 30.6,
        widthMm: 22.6,
        count: 1,
        grain: 'none',
      },
    ])
  })

  it('glazes with clear plastic behind bars that sit flush with the front', () => {
    const pieces = windowFrame.pieces(p)
    expect(pieces).toHaveLength(4 + 1 + 4 + 1)
    expect(pieces.at(-1)).toMatchObject({ shape: 'box', material: 'plastic' })
    const bars = pieces.slice(4, 9)
    for (const bar of bars) expect(bar.shape === 'box' && bar.at.z + bar.size.z / 2).toBeCloseTo(0.8, 9)
  })

  it('has no glazing bars with a single pane', () => {
    const labels = windowFrame
      .parts(withDefaults(windowFrame, { columns: 1, rows: 1 }))
      .map((part) => part.label)
    expect(labels).toEqual(['Stile', 'Rail', 'Glazing (clear)'])
  })

  it('refuses a frame wider than half the window, and bars that leave no pane', () => {
    expect(issuesFor(windowFrame, { frameMm: 13 })).toEqual([
      { param: 'frameMm', message: 'frame width must be less than half the window width' },
    ])
    expect(issuesFor(windowFrame, { widthMm: 40, heightMm: 20, frameMm: 10 })).toEqual([
      { param: 'frameMm', message: 'frame width must be less than half the window height' },
    ])
    // 22.6 - 5 bars x 5 mm = -2.4 mm for six panes across.
    expect(issuesFor(windowFrame, { barMm: 5, columns: 6 })).toEqual([
      { param: 'barMm', message: 'the glazing bars leave no room for panes across' },
    ])
    // 20 - 3.4 = 16.6 mm opening; 5 bars x 5 mm = 25 mm.
    expect(issuesFor(windowFrame, { heightMm: 20, barMm: 5, columns: 1, rows: 6 })).toEqual([
      { param: 'barMm', message: 'the glazing bars leave no room for panes up' },
    ])
  })
})

describe('picket fence', () => {
  const p = defaults(picketFence)

  it('is 3 posts, 2 rails and 16 pointed pickets along 60 mm', () => {
    // (60 - 2.5) / 52 = 1.1, so 2 spaces and 3 posts; (60 + 1.5) / (2.2 + 1.5) = 16.6, so 16 pickets.
    // Pickets stop a twentieth of the height above the ground: 30 - 1.5 = 28.5 mm.
    expect(picketFence.parts(p)).toEqual([
      {
        stock: 'balsa-strip',
        label: 'Post',
        thicknessMm: 2.5,
        widthMm: 2.5,
        lengthMm: 30,
        count: 3,
        grain: 'length',
      },
      {
        stock: 'balsa-strip',
        label: 'Rail',
        thicknessMm: 1.1,
        widthMm: 2.2,
        lengthMm: 60,
        count: 2,
        grain: 'length',
      },
      {
        stock: 'balsa-strip',
        label: 'Picket (point cut with a knife)',
        thicknessMm: 0.6,
        widthMm: 2.2,
        lengthMm: 28.5,
        count: 16,
        grain: 'length',
      },
    ])
  })

  it('points each picket at 45°, one shared outline, the tip at the fence height', () => {
    const pickets = picketFence.pieces(p).filter((piece) => piece.shape === 'prism')
    expect(pickets).toHaveLength(16)
    const [first] = pickets
    if (first?.shape !== 'prism') throw new Error('no picket')
    expect(Math.max(...first.outline.map((q) => first.at.y + q.y))).toBeCloseTo(30, 9)
    expect(first.outline.filter((q) => q.y > 14.25 - 1.1 - 1e-9)).toHaveLength(3)
    for (const picket of pickets) expect(picket.shape === 'prism' && picket.outline).toBe(first.outline)
  })

  it('refuses posts, rails and pickets that do not fit, and too many pickets', () => {
    expect(issuesFor(picketFence, { postMm: 3, postSpacingMm: 5 })).toEqual([
      { param: 'postSpacingMm', message: 'post spacing must be at least twice the post size' },
    ])
    expect(issuesFor(picketFence, { lengthMm: 15, postMm: 8, postSpacingMm: 20 })).toEqual([
      { param: 'postMm', message: 'post size must be at most half the length (a post each end)' },
    ])
    expect(issuesFor(picketFence, { railMm: 5, heightMm: 19 })).toEqual([
      { param: 'railMm', message: 'rail thickness must be at most a quarter of the height' },
    ])
    expect(issuesFor(picketFence, { lengthMm: 5, picketWidthMm: 6 })).toEqual([
      { param: 'picketWidthMm', message: 'a picket must be no wider than the fence is long' },
    ])
    expect(issuesFor(picketFence, { heightMm: 15, railMm: 1, picketWidthMm: 8 })).toEqual([
      { param: 'picketWidthMm', message: 'picket width must be at most half the height' },
    ])
    // 300 / 0.5 = 600 pickets with no gap.
    expect(issuesFor(picketFence, { lengthMm: 300, picketWidthMm: 0.5, gapMm: 0 })).toEqual([
      { param: 'gapMm', message: '600 pickets are too many: at most 200' },
    ])
  })
})

describe('stairs', () => {
  const p = defaults(stairs)
  // The pitch line's length per step: √(7² + 5²) = √74 = 8.6023 mm.
  const h = Math.sqrt(74)

  it('climbs six 5 mm rises over six 7 mm goings: 42 x 30 mm, 26 mm wide', () => {
    expect(stairs.size(p)).toEqual({ x: 42, y: 30, z: 26 })
  })

  it('marks each stringer on a board as long as the pitch line and two rises across it', () => {
    // Along the pitch: from the front foot to the top back corner (42, 29): (42 x 7 + 29 x 5) / √74 = 51.03 mm,
    // which is 6 √74 - 1 x 5 / √74. Across: the sawtooth tips stand r·g/h above the notch line and the
    // underside lies r·g/h below it, so 2 x 5 x 7 / √74 = 8.14 mm.
    const [stringer, tread] = stairs.parts(p)
    expect(stringer).toMatchObject({ stock: 'balsa-sheet', label: 'Stringer', thicknessMm: 1.5, count: 2 })
    expect(stringer?.stock === 'balsa-sheet' && stringer.lengthMm).toBeCloseTo(6 * h - 5 / h, 9)
    expect(stringer?.stock === 'balsa-sheet' && stringer.widthMm).toBeCloseTo((2 * 5 * 7) / h, 9)
    expect(stringer?.stock === 'balsa-sheet' && stringer.lengthMm).toBeCloseTo(51.0327, 4)
    expect(tread).toEqual({
      stock: 'balsa-sheet',
      label: 'Tread',
      thicknessMm: 1,
      lengthMm: 26,
      widthMm: 7,
      count: 6,
      grain: 'length',
    })
  })

  it('cuts a sawtooth stringer that carries each tread on its notch', () => {
    const outline = stringerOutline({ steps: 6, riseMm: 5, goingMm: 7, treadMm: 1 })
    expect(isSimple(outline)).toBe(true)
    // The first notch under the first tread, 5 - 1 = 4 mm up; the foot (5 + 1) x 7 / 5 = 8.4 mm back.
    expect(outline.slice(0, 3)).toEqual([
      { x: -21, y: 0 },
      { x: -21, y: 4 },
      { x: -14, y: 4 },
    ])
    expect(outline.at(-2)).toEqual({ x: 21, y: 30 - 6 })
    expect(outline.at(-1)?.x).toBeCloseTo(-21 + 8.4, 9)
  })

  it('lays a single step flat on the floor', () => {
    const one = { steps: 1, riseMm: 5, goingMm: 7, treadMm: 1 }
    expect(stringerOutline(one)).toEqual([
      { x: -3.5, y: 0 },
      { x: -3.5, y: 4 },
      { x: 3.5, y: 4 },
      { x: 3.5, y: 0 },
    ])
    expect(stringerBlank(one).lengthMm).toBeCloseTo((7 * 7 + 4 * 5) / h, 9)
  })

  it('refuses treads as thick as the rise, and stringers wider than half the flight', () => {
    expect(issuesFor(stairs, { treadMm: 5 })).toEqual([
      { param: 'treadMm', message: 'tread thickness must be less than the rise' },
    ])
    expect(issuesFor(stairs, { stringerMm: 10, widthMm: 20 })).toEqual([
      { param: 'stringerMm', message: 'stringer thickness must be less than half the width' },
    ])
  })
})
