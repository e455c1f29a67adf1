import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CALIBRATION_SQUARE_MM,
  HEADER_HEIGHT_MM,
  PART_GAP_MM,
  PRINT_NOTE,
  TILE_OVERLAP_MM,
  layoutTemplates,
  type DrawnPart,
  type PaperSize,
  type RectMm,
  type TemplateLayout,
  type TemplatePart,
} from '../../../../src/domain/cutlist/templates'

const EPS = 1e-6

const part = (
  id: string,
  widthMm: number,
  lengthMm: number,
  more: Partial<TemplatePart> = {},
): TemplatePart => ({
  id,
  label: id,
  source: '',
  widthMm,
  lengthMm,
  thicknessMm: 1.5,
  material: 'balsa sheet',
  count: 1,
  grain: 'length',
  ...more,
})

const within = (r: RectMm, box: RectMm) =>
  r.xMm >= box.xMm - EPS &&
  r.yMm >= box.yMm - EPS &&
  r.xMm + r.widthMm <= box.xMm + box.widthMm + EPS &&
  r.yMm + r.heightMm <= box.yMm + box.heightMm + EPS

/** How far apart two rectangles are (negative when they overlap). */
const distance = (a: RectMm, b: RectMm) =>
  Math.max(
    b.xMm - (a.xMm + a.widthMm),
    a.xMm - (b.xMm + b.widthMm),
    b.yMm - (a.yMm + a.heightMm),
    a.yMm - (b.yMm + b.heightMm),
  )

/** The size a part takes on the page: width along x unless rotated. */
const expectedSize = (p: TemplatePart, rotated: boolean) =>
  rotated ? [p.lengthMm, p.widthMm] : [p.widthMm, p.lengthMm]

function checkPages(layout: TemplateLayout): void {
  const n = layout.pages.length
  layout.pages.forEach((page, i) => {
    expect(page.number).toBe(i + 1)
    expect(page.headerLines[0]).toContain(`Page ${i + 1} of ${n}`)
    expect(page.headerLines[0]).toContain(layout.paperName)
    expect(page.headerLines).toContain(PRINT_NOTE)
    expect(page.label.length).toBeGreaterThan(0)
    const square = page.calibrationSquareMm
    expect([square.widthMm, square.heightMm]).toEqual([CALIBRATION_SQUARE_MM, CALIBRATION_SQUARE_MM])
    // Everything that takes room: header, square, each outline and each label strip outside its outline.
    const owned = [
      { owner: -1, r: page.headerBoxMm },
      { owner: -2, r: square },
      ...page.parts.flatMap((d, k) => [
        { owner: k, r: d.outlineMm },
        ...(d.labelInside ? [] : [{ owner: k, r: d.labelBoxMm }]),
      ]),
    ]
    expect(owned.filter(({ r }) => !within(r, layout.printableMm))).toEqual([])
    // One expect per page: thousands of pairs would make the property run slow.
    const tooClose = owned.flatMap((x, a) =>
      owned.slice(a + 1).filter((y) => x.owner !== y.owner && distance(x.r, y.r) < PART_GAP_MM - EPS),
    )
    expect(tooClose).toEqual([])
    expect(page.parts.filter((d) => d.labelInside && !within(d.labelBoxMm, d.outlineMm))).toEqual([])
    if (page.parts.some((d) => d.tile)) expect(page.parts).toHaveLength(1)
  })
}

/** Every copy once, whole; or as a full grid of tiles that overlap by TILE_OVERLAP_MM and span the part exactly. */
function checkCopies(layout: TemplateLayout, parts: readonly TemplatePart[]): void {
  const drawn = new Map<string, DrawnPart[]>()
  for (const d of layout.pages.flatMap((p) => p.parts)) {
    const key = `${d.partId}#${d.copy}`
    drawn.set(key, [...(drawn.get(key) ?? []), d])
  }
  expect(drawn.size).toBe(parts.reduce((sum, p) => sum + p.count, 0))
  for (const p of parts) {
    for (let copy = 1; copy <= p.count; copy++) {
      const pieces = drawn.get(`${p.id}#${copy}`) ?? []
      expect(pieces.length).toBeGreaterThan(0)
      const first = pieces[0] as DrawnPart
      const [widthMm, heightMm] = expectedSize(p, first.rotated)
      if (!first.tile) {
        expect(pieces).toHaveLength(1)
        expect(first.outlineMm.widthMm).toBeCloseTo(widthMm as number, 9)
        expect(first.outlineMm.heightMm).toBeCloseTo(heightMm as number, 9)
        continue
      }
      const { rows, columns } = first.tile
      expect(pieces).toHaveLength(rows * columns)
      expect(new Set(pieces.map((d) => d.tile?.name)).size).toBe(rows * columns)
      for (const d of pieces) {
        expect(d.outlineMm.widthMm).toBeCloseTo(d.tile?.regionMm.widthMm as number, 9)
        expect(d.outlineMm.heightMm).toBeCloseTo(d.tile?.regionMm.heightMm as number, 9)
      }
      checkSpan(
        pieces.filter((d) => d.tile?.row === 1).map((d) => d.tile?.regionMm.xMm as number),
        widthMm,
        pieces,
        'x',
      )
      checkSpan(
        pieces.filter((d) => d.tile?.column === 1).map((d) => d.tile?.regionMm.yMm as number),
        heightMm,
        pieces,
        'y',
      )
    }
  }
}

function checkSpan(
  starts: number[],
  lengthMm: number | undefined,
  pieces: DrawnPart[],
  axis: 'x' | 'y',
): void {
  const size = (d: DrawnPart) => (axis === 'x' ? d.outlineMm.widthMm : d.outlineMm.heightMm)
  const tileMm = size(pieces[0] as DrawnPart)
  const sorted = [...starts].sort((a, b) => a - b)
  expect(sorted[0]).toBeCloseTo(0, 9)
  expect((sorted[sorted.length - 1] as number) + tileMm).toBeCloseTo(lengthMm as number, 9)
  for (let i = 1; i < sorted.length; i++) {
    expect((sorted[i - 1] as number) + tileMm - (sorted[i] as number)).toBeCloseTo(TILE_OVERLAP_MM, 9)
  }
}

describe('layoutTemplates on generated part lists', () => {
  const arbitraryPart = fc.record({
    label: fc.string({ unit: 'grapheme', maxLength: 30 }),
    source: fc.string({ maxLength: 40 }),
    widthMm: fc.double({ min: 0.5, max: 600, noNaN: true }),
    lengthMm: fc.double({ min: 0.5, max: 900, noNaN: true }),
    thicknessMm: fc.double({ min: 0.1, max: 10, noNaN: true }),
    material: fc.constantFrom('balsa sheet', 'styrene sheet'),
    count: fc.integer({ min: 1, max: 8 }),
    grain: fc.constantFrom('length', 'width', 'none' as const),
  })
  const arbitraryRequest = fc.record({
    parts: fc
      .array(arbitraryPart, { maxLength: 12 })
      .map((ps) => ps.map((p, i) => ({ ...p, id: `part-${i}` }))),
    paper: fc.constantFrom<PaperSize>('a4', 'letter'),
    marginMm: fc.option(fc.constantFrom(0, 5, 10, 12.7, 25), { nil: undefined }),
  })

  it('draws every copy once (or as a full set of tiles) inside the page, never overlapping', () => {
    fc.assert(
      fc.property(arbitraryRequest, ({ parts, paper, marginMm }) => {
        const layout = layoutTemplates(parts, { paper, marginMm })
        expect(layout.skipped).toEqual([])
        checkPages(layout)
        checkCopies(layout, parts)
        // A part larger than the printable area either way is tiled.
        const room = { w: layout.printableMm.widthMm, h: layout.printableMm.heightMm - HEADER_HEIGHT_MM }
        for (const p of parts) {
          const fits = [false, true].some((r) => {
            const [w, h] = expectedSize(p, r) as [number, number]
            return w <= room.w && h <= room.h
          })
          const tiled = layout.pages.some((page) => page.parts.some((d) => d.partId === p.id && d.tile))
          if (!fits) expect(tiled).toBe(true)
        }
      }),
      { numRuns: 150 },
    )
  }, 30_000)
})

describe('layoutTemplates', () => {
  it('uses true A4 and Letter page sizes', () => {
    const a4 = layoutTemplates([], { paper: 'a4' })
    const letter = layoutTemplates([], { paper: 'letter' })
    expect([a4.pageWidthMm, a4.pageHeightMm]).toEqual([210, 297])
    expect([letter.pageWidthMm, letter.pageHeightMm]).toEqual([215.9, 279.4])
    expect(a4.printableMm).toEqual({ xMm: 10, yMm: 10, widthMm: 190, heightMm: 277 })
    // Still one page, so a maker can check the printer with the calibration square.
    expect(a4.pages).toHaveLength(1)
  })

  it('turns a long plank to lie along the page and draws its grain arrow along its length', () => {
    const layout = layoutTemplates([part('plank', 6, 120, { count: 12 })], { paper: 'a4' })
    const planks = layout.pages.flatMap((p) => p.parts)
    expect(planks).toHaveLength(12)
    for (const d of planks) {
      expect(d.rotated).toBe(true)
      expect([d.outlineMm.widthMm, d.outlineMm.heightMm]).toEqual([120, 6])
      expect(d.grainArrowMm?.from.yMm).toBe(d.grainArrowMm?.to.yMm)
    }
    expect(planks.map((d) => d.labelLines[0])).toContain('plank 12/12')
    expect(planks[0]?.labelLines).toContain('6 x 120 mm')
    expect(planks[0]?.labelLines).toContain('1.5 mm balsa sheet')
  })

  it('splits a roof board larger than A4 into named, overlapping tiles with shared registration marks', () => {
    const layout = layoutTemplates([part('roof', 250, 400, { label: 'Roof board' })], { paper: 'a4' })
    const labels = layout.pages.map((p) => p.label)
    expect(labels).toContain('Roof board – tile B2 (row 2 of 3, column 2 of 2)')
    const tile = (name: string) => layout.pages.find((p) => p.parts[0]?.tile?.name === name)
    // Marks back in the part's frame: the same points on neighbouring pages.
    const partPoints = (name: string) => {
      const page = tile(name)
      const d = page?.parts[0] as DrawnPart
      const region = d.tile?.regionMm as RectMm
      return (page?.registrationMarksMm ?? []).map(
        (m) =>
          `${(m.xMm - d.outlineMm.xMm + region.xMm).toFixed(6)},${(m.yMm - d.outlineMm.yMm + region.yMm).toFixed(6)}`,
      )
    }
    const shared = partPoints('A1').filter((p) => partPoints('A2').includes(p))
    expect(shared.length).toBeGreaterThanOrEqual(2)
    expect(partPoints('B2').length).toBeGreaterThanOrEqual(4)
    expect(tile('A1')?.parts[0]?.tile?.cutEdges).toEqual({
      left: true,
      right: false,
      bottom: false,
      top: true,
    })
  })

  it('prints user text as is and skips parts with no usable size or count', () => {
    const label = '<b>Crate</b> 🪵 & "lid"'
    const layout = layoutTemplates(
      [
        part('a', 40, 30, { label }),
        part('b', 0, 30),
        part('c', 10, Number.NaN),
        part('d', 10, 10, { count: 0 }),
      ],
      { paper: 'letter', title: 'Dock <script>' },
    )
    expect(layout.pages[0]?.parts[0]?.labelLines[0]).toBe(`${label} 1/1`)
    expect(layout.pages[0]?.headerLines[0]).toContain('Dock <script>')
    expect(layout.skipped.map((s) => s.partId)).toEqual(['b', 'c', 'd'])
  })

  it('refuses a margin that leaves no room', () => {
    expect(() => layoutTemplates([], { paper: 'a4', marginMm: 60 })).toThrow(RangeError)
    expect(() => layoutTemplates([], { paper: 'a4', marginMm: -1 })).toThrow(RangeError)
  })
})
