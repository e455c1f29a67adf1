// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { act, type ReactElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cutLengths, packSheets, type SheetSize } from '../../../src/domain/cutlist/packing'
import { BarDiagram } from '../../../src/ui/cutlist/BarDiagram'
import { SheetDiagram } from '../../../src/ui/cutlist/SheetDiagram'
import { svgFileText } from '../../../src/ui/cutlist/svgFile'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}

const CSS_PATH = '../../../src/ui/cutlist/diagrams.css'
const SIZE: SheetSize = { widthMm: 100, heightMm: 1000 }
const TRIM_MM = 2
const packed = packSheets({
  parts: [
    { id: 'plank', widthMm: 6, heightMm: 120, count: 12, canRotate: false },
    { id: 'block', widthMm: 24, heightMm: 16, count: 4, canRotate: true },
  ],
  sheet: SIZE,
  mode: 'knife',
  kerfMm: 0.3,
  trimMm: TRIM_MM,
  search: { effort: 20000 },
})
const sheet = packed.sheets[0]!
const NAMES: Record<string, { tag: string; name: string }> = {
  plank: { tag: 'A', name: 'Floor plank' },
  block: { tag: 'B', name: 'Crate side' },
}
const partLabel = (id: string) => NAMES[id] ?? { tag: '?', name: id }

let host: HTMLDivElement
let root: Root

beforeAll(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
})

afterEach(() => {
  act(() => root.unmount())
  host.remove()
})

function render(element: ReactElement): SVGSVGElement {
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  act(() => root.render(element))
  const svg = host.querySelector('svg')
  if (!svg) throw new Error('no <svg> rendered')
  return svg
}

const renderSheet = (label = partLabel, offcut = false) =>
  render(
    <SheetDiagram
      sheet={sheet}
      size={SIZE}
      trimMm={TRIM_MM}
      title="Sheet 1: balsa 1.5 mm"
      partLabel={label}
      grain="height"
      offcut={offcut}
      tone="balsa"
    />,
  )

const texts = (svg: SVGSVGElement, selector: string) =>
  [...svg.querySelectorAll(selector)].map((t) => t.textContent ?? '')

describe('SheetDiagram', () => {
  it('is an image named by its title and size', () => {
    const svg = renderSheet()
    expect(svg.getAttribute('role')).toBe('img')
    const titleId = svg.getAttribute('aria-labelledby')
    expect(svg.querySelector(`title[id="${titleId}"]`)?.textContent).toBe(
      'Sheet 1: balsa 1.5 mm, 100 × 1000 mm',
    )
    expect(svg.querySelector('desc')?.textContent).toMatch(/lying on its side/)
    expect(svg.getAttribute('width')).toBe('100%')
  })

  it('draws every placement as a tagged rectangle', () => {
    const svg = renderSheet()
    expect(packed.unplaced).toEqual([])
    expect(svg.querySelectorAll('.part > rect')).toHaveLength(sheet.placements.length)
    expect(sheet.placements).toHaveLength(16)
    const labels = texts(svg, '.part .label')
    expect(labels.filter((t) => t.startsWith('A'))).toHaveLength(12)
    expect(labels.filter((t) => t.startsWith('B'))).toHaveLength(4)
    expect(texts(svg, '.part > title')).toContain('B: Crate side, 24 × 16 mm')
  })

  it('lays the long sheet on its side: the drawing is wider than tall', () => {
    const [, , width, height] = renderSheet().getAttribute('viewBox')!.split(' ').map(Number)
    expect(width).toBeGreaterThan(1000)
    expect(height).toBeLessThan(width! / 3)
  })

  it('numbers the cuts in order and draws each one', () => {
    const svg = renderSheet()
    expect(svg.querySelectorAll('line.cut')).toHaveLength(sheet.cuts.length)
    const numbers = texts(svg, '.cut-number text')
    expect(numbers).toEqual(sheet.cuts.slice(0, 40).map((_, i) => String(i + 1)))
  })

  it('states waste, cut count and cut length in its caption', () => {
    const caption = renderSheet().querySelector('.caption')?.textContent ?? ''
    const length = Math.round(sheet.cutLengthMm).toLocaleString('en-US')
    expect(caption).toMatch(new RegExp(`^Waste ${sheet.wastePct.toFixed(1).replace(/\.0$/, '')} % · `))
    expect(caption).toContain(`${sheet.cutCount} cuts`)
    expect(caption).toMatch(new RegExp(`${length}(\\.\\d)? mm of cutting$`))
  })

  it('marks the grain, the strip left over past the last part, and a sheet that is an offcut', () => {
    const svg = renderSheet(partLabel, true)
    expect(svg.querySelectorAll('.grain polygon')).toHaveLength(2)
    expect(svg.querySelector('.leftover text')?.textContent).toMatch(/^left over 96 × \d+/)
    expect(svg.querySelector('title')?.textContent).toMatch(/\(offcut\)$/)
    expect(svg.querySelector('.outline.offcut')).not.toBeNull()
  })

  it('shows markup in a label as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>'
    const svg = renderSheet(() => ({ tag: evil, name: evil }))
    expect(host.querySelector('img')).toBeNull()
    expect(svg.querySelector('desc')?.textContent).toContain(evil)
    expect(svg.querySelector('.part > title')?.textContent).toContain(evil)
  })

  it('exports a standalone SVG file at real size, with the diagram styles the page loaded', () => {
    // Vitest blanks CSS imports, so load the stylesheet as the browser would.
    const style = document.createElement('style')
    style.textContent = readFileSync(fileURLToPath(new URL(CSS_PATH, import.meta.url).href), 'utf8')
    document.head.append(style)
    const text = svgFileText(renderSheet())
    style.remove()
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    expect(doc.querySelector('parsererror')).toBeNull()
    const svg = doc.documentElement
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg')
    const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number)
    expect(svg.getAttribute('width')).toBe(`${width}mm`)
    expect(svg.getAttribute('height')).toBe(`${height}mm`)
    const css = svg.querySelector('style')?.textContent ?? ''
    expect(css).toContain('.diagram-svg .part rect')
    expect(css).not.toContain('max-height')
    expect(svg.classList.contains('cut-diagram')).toBe(false)
    expect(svg.querySelectorAll('.part > rect')).toHaveLength(16)
  })
})

describe('BarDiagram', () => {
  const bars = cutLengths({
    pieces: [
      { id: 'leg', lengthMm: 120, count: 3 },
      { id: 'rail', lengthMm: 45.5, count: 4 },
    ],
    stock: [{ lengthMm: 914 }],
    kerfMm: 0.3,
    trimMm: TRIM_MM,
  })
  const bar = bars.bars[0]!
  const pieceLabel = (id: string) =>
    id === 'leg' ? { tag: 'L', name: 'Table leg' } : { tag: 'R', name: 'Rail' }

  it('draws the pieces with tags and lengths, what is left over and the numbered cuts', () => {
    const svg = render(
      <BarDiagram bar={bar} title="Bar 1: pine 3 × 3 mm" trimMm={TRIM_MM} pieceLabel={pieceLabel} />,
    )
    expect(svg.querySelector('title')?.textContent).toBe('Bar 1: pine 3 × 3 mm, 914 mm')
    expect(svg.querySelectorAll('.piece > rect')).toHaveLength(7)
    const labels = texts(svg, '.piece .label')
    expect(labels.filter((t) => t.startsWith('L') && t.includes('120'))).toHaveLength(3)
    expect(labels.filter((t) => t.startsWith('R') && t.includes('45.5'))).toHaveLength(4)
    expect(texts(svg, '.cut-number text')).toEqual(bar.cutPositionsMm.map((_, i) => String(i + 1)))
    // 914 - 2 trim - 3 x 120 - 4 x 45.5 - 7 kerfs of 0.3
    expect(svg.querySelector('.bar-leftover text')?.textContent).toBe('left over 367.9')
    // One trim cut, then one after each piece.
    expect(svg.querySelector('.caption')?.textContent).toBe('Waste 372 mm (40.7 %) · 8 cuts')
  })
})
