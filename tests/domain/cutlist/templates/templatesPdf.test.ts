import { inflateSync } from 'node:zlib'
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { layoutTemplates, TILE_OVERLAP_MM, type TemplatePart } from '../../../../src/domain/cutlist/templates'
import { templatesPdf, writeTemplatesPdf } from '../../../../src/domain/cutlist/templates/templatesPdf'

const MM_PER_PT = 25.4 / 72
const TOLERANCE_MM = 0.1

type Matrix = readonly [number, number, number, number, number, number]
type Pt = { readonly x: number; readonly y: number }
type Box = { readonly x: number; readonly y: number; readonly w: number; readonly h: number }
type SubPath = { points: Pt[]; closed: boolean; curved: boolean }
/** A stroked subpath in mm page coordinates, with the stroke colour and dash in force when it was painted. */
type Stroke = Readonly<SubPath> & { readonly color: string; readonly dashed: boolean }

/** The page's content streams, inflated when Flate-compressed. */
function pageContent(doc: PDFDocument, index: number): string {
  const contents = doc.getPage(index).node.Contents()
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents]
  return streams
    .map((stream) => {
      if (!(stream instanceof PDFRawStream)) throw new Error('expected a raw content stream')
      const flate = stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode')
      return Buffer.from(flate ? inflateSync(stream.contents) : stream.contents).toString('latin1')
    })
    .join('\n')
}

/** Runs the path and graphics-state operators of a content stream (q Q cm m l c re h S s RG d and path ends). */
function readStrokes(content: string): { strokes: Stroke[]; texts: string[] } {
  const tokens =
    content.match(/<[0-9A-Fa-f\s]*>|\[|\]|\/[^\s/[\]()<>]+|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'"][\w*'"]*/g) ??
    []
  const strokes: Stroke[] = []
  const texts: string[] = []
  const stack: { ctm: Matrix; color: string; dashed: boolean }[] = []
  let state = { ctm: [1, 0, 0, 1, 0, 0] as Matrix, color: '0 0 0', dashed: false }
  let path: SubPath[] = []
  let operands: string[] = []
  const num = (i: number) => Number(operands[operands.length - i])
  const at = (x: number, y: number): Pt => {
    const [a, b, c, d, e, f] = state.ctm
    return { x: (a * x + c * y + e) * MM_PER_PT, y: (b * x + d * y + f) * MM_PER_PT }
  }
  const current = () => path[path.length - 1] as SubPath
  for (const token of tokens) {
    if (!/^[A-Za-z'"]/.test(token)) {
      operands.push(token)
      continue
    }
    switch (token) {
      case 'q':
        stack.push(state)
        break
      case 'Q':
        state = stack.pop() ?? state
        break
      case 'cm': {
        const [a, b, c, d, e, f] = [6, 5, 4, 3, 2, 1].map(num) as unknown as Matrix
        const [A, B, C, D, E, F] = state.ctm
        const ctm = [
          a * A + b * C,
          a * B + b * D,
          c * A + d * C,
          c * B + d * D,
          e * A + f * C + E,
          e * B + f * D + F,
        ]
        state = { ...state, ctm: ctm as unknown as Matrix }
        break
      }
      case 'm':
        path.push({ points: [at(num(2), num(1))], closed: false, curved: false })
        break
      case 'l':
        current().points.push(at(num(2), num(1)))
        break
      case 'c':
        current().points.push(at(num(2), num(1)))
        current().curved = true
        break
      case 're': {
        const [x, y, w, h] = [4, 3, 2, 1].map(num) as [number, number, number, number]
        path.push({
          points: [at(x, y), at(x + w, y), at(x + w, y + h), at(x, y + h)],
          closed: true,
          curved: false,
        })
        break
      }
      case 'h':
        current().closed = true
        break
      case 's':
      case 'S':
        if (token === 's') current().closed = true
        strokes.push(...path.map((p) => ({ ...p, color: state.color, dashed: state.dashed })))
        path = []
        break
      case 'f':
      case 'n':
        path = []
        break
      case 'RG':
        state = { ...state, color: operands.slice(-3).join(' ') }
        break
      case 'd':
        state = { ...state, dashed: operands.lastIndexOf(']') - operands.lastIndexOf('[') > 1 }
        break
      case 'Tj': {
        const hex = (operands[operands.length - 1] ?? '').replace(/[<>\s]/g, '')
        texts.push(Buffer.from(hex, 'hex').toString('latin1'))
        break
      }
    }
    operands = []
  }
  return { strokes, texts }
}

/** A closed, straight, axis-parallel four-sided path, as a box in mm. */
function asBox(stroke: Stroke): Box | null {
  const ps = stroke.points
  if (!stroke.closed || stroke.curved || ps.length !== 4) return null
  const straight = ps.every((p, i) => {
    const q = ps[(i + 1) % 4] as Pt
    return Math.abs(p.x - q.x) < 1e-6 || Math.abs(p.y - q.y) < 1e-6
  })
  if (!straight) return null
  const xs = ps.map((p) => p.x)
  const ys = ps.map((p) => p.y)
  const [x, y] = [Math.min(...xs), Math.min(...ys)]
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y }
}

const BLACK = '0 0 0'
const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE_MM

const part = (
  id: string,
  widthMm: number,
  lengthMm: number,
  more: Partial<TemplatePart> = {},
): TemplatePart => ({
  id,
  label: id,
  source: 'Plank floor 1, Crate 2',
  widthMm,
  lengthMm,
  thicknessMm: 1.5,
  material: 'balsa sheet',
  count: 1,
  grain: 'length',
  ...more,
})
const PARTS = [
  part('plank', 6, 120, { count: 3 }),
  part('crate side', 40, 30, { count: 2, grain: 'width' }),
  part('peg', 4, 4, { grain: 'none' }),
  part('odd', 33.33, 71.07),
  part('roof board', 250, 400),
]

describe.each([
  ['a4', 595.28, 841.89],
  ['letter', 612, 792],
] as const)('templatesPdf read back (%s)', (paper, widthPt, heightPt) => {
  it('draws every outline and the calibration square at true size, to 0.1 mm', async () => {
    const layout = layoutTemplates(PARTS, { paper })
    const doc = await PDFDocument.load(await writeTemplatesPdf(layout), { updateMetadata: false })
    expect(doc.getPageCount()).toBe(layout.pages.length)
    const tiles = new Map<string, { row: number; column: number; box: Box }[]>()
    layout.pages.forEach((page, i) => {
      const { width, height } = doc.getPage(i).getMediaBox()
      expect(width).toBeCloseTo(widthPt, 2)
      expect(height).toBeCloseTo(heightPt, 2)
      const strokes = readStrokes(pageContent(doc, i)).strokes
      const solid = strokes.filter((s) => s.color === BLACK && !s.dashed)
      const boxes = solid.map(asBox).filter((b): b is Box => b !== null)
      // The layout says where each outline is; its size is read from the PDF and compared with the part.
      const square = page.calibrationSquareMm
      const squares = boxes.filter((b) => near(b.x, square.xMm) && near(b.y, square.yMm))
      expect(squares).toHaveLength(1)
      expect(near(squares[0]?.w ?? 0, 50) && near(squares[0]?.h ?? 0, 50)).toBe(true)
      const whole = page.parts.filter((d) => !d.tile)
      expect(boxes).toHaveLength(whole.length + 1)
      for (const d of whole) {
        const p = PARTS.find((q) => q.id === d.partId) as TemplatePart
        const found = boxes.filter((b) => near(b.x, d.outlineMm.xMm) && near(b.y, d.outlineMm.yMm))
        expect(found).toHaveLength(1)
        const [w, h] = d.rotated ? [p.lengthMm, p.widthMm] : [p.widthMm, p.lengthMm]
        expect([near(found[0]?.w ?? 0, w), near(found[0]?.h ?? 0, h)]).toEqual([true, true])
      }
      for (const d of page.parts.filter((x) => x.tile)) {
        const joins = strokes.filter((s) => s.dashed).map(asBox)
        expect(joins).toHaveLength(1)
        const box = joins[0] as Box
        const key = `${d.partId}#${d.copy}`
        tiles.set(key, [
          ...(tiles.get(key) ?? []),
          { row: d.tile?.row ?? 0, column: d.tile?.column ?? 0, box },
        ])
        // Cut lines only on the part's real edges, each the full side of the tile.
        const edges = solid.filter((s) => !s.closed && s.points.length === 2)
        const onBoundary = edges.filter((s) => {
          const [a, b] = s.points as [Pt, Pt]
          const vertical = near(a.x, b.x) && (near(a.x, box.x) || near(a.x, box.x + box.w))
          const horizontal = near(a.y, b.y) && (near(a.y, box.y) || near(a.y, box.y + box.h))
          return (
            (vertical && near(Math.abs(a.y - b.y), box.h)) || (horizontal && near(Math.abs(a.x - b.x), box.w))
          )
        })
        const cut = d.tile?.cutEdges ?? {}
        expect(onBoundary).toHaveLength(Object.values(cut).filter(Boolean).length)
      }
    })
    // The tiles of the roof board, less their overlaps, add up to the board.
    const roof = tiles.get('roof board#1') ?? []
    expect(roof.length).toBeGreaterThan(1)
    const rotated = layout.pages.some((p) => p.parts.some((d) => d.partId === 'roof board' && d.rotated))
    const [w, h] = rotated ? [400, 250] : [250, 400]
    const topRow = roof.filter((t) => t.row === 1)
    const leftColumn = roof.filter((t) => t.column === 1)
    const spanX = topRow.reduce((sum, t) => sum + t.box.w, 0) - (topRow.length - 1) * TILE_OVERLAP_MM
    const spanY = leftColumn.reduce((sum, t) => sum + t.box.h, 0) - (leftColumn.length - 1) * TILE_OVERLAP_MM
    expect(Math.abs(spanX - w)).toBeLessThanOrEqual(TOLERANCE_MM)
    expect(Math.abs(spanY - h)).toBeLessThanOrEqual(TOLERANCE_MM)
  })
})

describe('templatesPdf text', () => {
  it('prints emoji and HTML in names safely and sets the document metadata', async () => {
    const title = 'Harbour 🏰 <i>dock</i>'
    const parts = [
      part('a', 60, 100, { label: '🪵 <b>Plank</b> & "lid" 漢字\nnext', source: '👍' }),
      part('b', 40, 30, { label: 'x'.repeat(5000) }),
    ]
    const bytes = await templatesPdf(parts, { paper: 'a4', title })
    const doc = await PDFDocument.load(bytes, { updateMetadata: false })
    expect(doc.getTitle()).toBe(title)
    expect(doc.getCreator()).toBe('Diorama Builder')
    expect(doc.getProducer()).toBe('Diorama Builder')
    const texts = readStrokes(pageContent(doc, 0)).texts
    expect(texts).toContain('? <b>Plank</b> & "lid" ?? next 1/1')
    expect(texts.some((t) => t.includes('Harbour ? <i>dock</i>'))).toBe(true)
    // A label too long for its part is cut short with an ellipsis (0x85 in WinAnsi).
    expect(texts.some((t) => t.startsWith('xxxx') && t.endsWith('\x85'))).toBe(true)
    expect(texts).toContain('50 mm')
  })
})
