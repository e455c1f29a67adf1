/**
 * Writes cutting templates as a PDF at true size: 1 mm = 72/25.4 pt, one PDF page per layout page. pdf-lib is
 * large, so the app loads this module with a dynamic import and nothing else in domain imports it.
 */
import { PDFDocument, StandardFonts, rgb, type Color, type PDFFont, type PDFPage } from 'pdf-lib'
import { layoutTemplates } from './layoutTemplates'
import { segment } from './rectMm'
import type {
  DrawnPart,
  PointMm,
  RectMm,
  SegmentMm,
  TemplateLayout,
  TemplateOptions,
  TemplatePage,
  TemplatePart,
} from './types'

export const PT_PER_MM = 72 / 25.4
export const APP_NAME = 'Diorama Builder'

/** Cut lines: thin, so the knife follows the line and not one of its sides. */
const CUT_LINE_PT = 0.25
const BLACK = rgb(0, 0, 0)
const GREY = rgb(0.45, 0.45, 0.45)
/** Tile joins are not cut lines: light and dashed. */
const JOIN = { color: rgb(0.6, 0.6, 0.6), dashArray: [3, 2] }
const LINE_SPACING = 1.2
const MIN_TEXT_PT = 5
const ARROW_HEAD_MM = 1.5
const MARK_ARM_MM = 3.5
const MARK_RADIUS_MM = 2

export async function templatesPdf(
  parts: readonly TemplatePart[],
  options: TemplateOptions,
): Promise<Uint8Array> {
  return writeTemplatesPdf(layoutTemplates(parts, options))
}

export async function writeTemplatesPdf(layout: TemplateLayout): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  // Metadata is stored as UTF-16, so the title needs no sanitising; page text does.
  doc.setTitle(layout.title)
  doc.setSubject(`1:1 cutting templates, ${layout.paperName}`)
  doc.setCreator(APP_NAME)
  doc.setProducer(APP_NAME)
  const pen = new Pen(font)
  for (const page of layout.pages) {
    pen.drawPage(doc.addPage([pt(layout.pageWidthMm), pt(layout.pageHeightMm)]), page)
  }
  return doc.save()
}

class Pen {
  private readonly encodable: ReadonlySet<number>

  constructor(private readonly font: PDFFont) {
    this.encodable = new Set(font.getCharacterSet())
  }

  drawPage(page: PDFPage, layoutPage: TemplatePage): void {
    this.text(page, layoutPage.headerLines, layoutPage.headerBoxMm, 8)
    const square = layoutPage.calibrationSquareMm
    this.rect(page, square, BLACK)
    const middle = { ...square, yMm: square.yMm + square.heightMm / 2 - 2.5, heightMm: 5 }
    this.text(page, ['50 mm'], middle, 10, 'center')
    for (const part of layoutPage.parts) this.part(page, part)
    for (const mark of layoutPage.registrationMarksMm) this.registrationMark(page, mark)
  }

  private part(page: PDFPage, part: DrawnPart): void {
    const o = part.outlineMm
    if (!part.tile) {
      this.rect(page, o, BLACK)
    } else {
      this.rect(page, o, JOIN.color, JOIN.dashArray)
      const [left, right, bottom, top] = [o.xMm, o.xMm + o.widthMm, o.yMm, o.yMm + o.heightMm]
      const edges = part.tile.cutEdges
      if (edges.left) this.line(page, segment(left, bottom, left, top), BLACK)
      if (edges.right) this.line(page, segment(right, bottom, right, top), BLACK)
      if (edges.bottom) this.line(page, segment(left, bottom, right, bottom), BLACK)
      if (edges.top) this.line(page, segment(left, top, right, top), BLACK)
    }
    this.text(page, part.labelLines, part.labelBoxMm, 7)
    if (part.grainArrowMm) this.grainArrow(page, part.grainArrowMm)
  }

  /** Double-headed: grain is a direction, not a way. */
  private grainArrow(page: PDFPage, arrow: SegmentMm): void {
    this.line(page, arrow, GREY)
    const lengthMm = Math.hypot(arrow.to.xMm - arrow.from.xMm, arrow.to.yMm - arrow.from.yMm)
    if (lengthMm === 0) return
    const ux = (arrow.to.xMm - arrow.from.xMm) / lengthMm
    const uy = (arrow.to.yMm - arrow.from.yMm) / lengthMm
    const head = ARROW_HEAD_MM
    for (const [tip, dir] of [
      [arrow.to, 1],
      [arrow.from, -1],
    ] as const) {
      for (const side of [1, -1]) {
        const back = {
          xMm: tip.xMm - dir * ux * head - side * uy * head * 0.5,
          yMm: tip.yMm - dir * uy * head + side * ux * head * 0.5,
        }
        this.line(page, { from: tip, to: back }, GREY)
      }
    }
  }

  private registrationMark(page: PDFPage, at: PointMm): void {
    const { xMm, yMm } = at
    this.line(page, segment(xMm - MARK_ARM_MM, yMm, xMm + MARK_ARM_MM, yMm), BLACK)
    this.line(page, segment(xMm, yMm - MARK_ARM_MM, xMm, yMm + MARK_ARM_MM), BLACK)
    const circle = { x: pt(xMm), y: pt(yMm), size: pt(MARK_RADIUS_MM) }
    page.drawCircle({ ...circle, borderColor: BLACK, borderWidth: CUT_LINE_PT })
  }

  private rect(page: PDFPage, r: RectMm, color: Color, dashArray?: number[]): void {
    const [x, y, width, height] = [pt(r.xMm), pt(r.yMm), pt(r.widthMm), pt(r.heightMm)]
    page.drawRectangle({
      x,
      y,
      width,
      height,
      borderColor: color,
      borderWidth: CUT_LINE_PT,
      borderDashArray: dashArray,
    })
  }

  private line(page: PDFPage, s: SegmentMm, color: Color): void {
    const [start, end] = [s.from, s.to].map((p) => ({ x: pt(p.xMm), y: pt(p.yMm) })) as [Pt, Pt]
    page.drawLine({ start, end, thickness: CUT_LINE_PT, color })
  }

  /** As many lines as fit the box, largest size up to maxPt; each line cut short with '…' if too wide. */
  private text(
    page: PDFPage,
    lines: readonly string[],
    boxMm: RectMm,
    maxPt: number,
    align: 'left' | 'center' = 'left',
  ): void {
    const [x, y, width, height] = [pt(boxMm.xMm), pt(boxMm.yMm), pt(boxMm.widthMm), pt(boxMm.heightMm)]
    if (lines.length === 0 || width <= 0) return
    const sizePt = Math.min(maxPt, Math.max(MIN_TEXT_PT, height / (lines.length * LINE_SPACING)))
    const fitting = Math.max(1, Math.floor(height / (sizePt * LINE_SPACING)))
    const clean = lines.map((line) => this.sanitise(line))
    const shown = clean.length > fitting ? this.joinLines(clean, fitting, sizePt, width) : clean
    shown.forEach((line, i) => {
      const text = this.truncate(line, sizePt, width)
      const textWidth = this.font.widthOfTextAtSize(text, sizePt)
      const left = align === 'center' ? x + (width - textWidth) / 2 : x
      const baseline = y + height - sizePt * (0.8 + i * LINE_SPACING)
      page.drawText(text, { x: left, y: baseline, size: sizePt, font: this.font, color: BLACK })
    })
  }

  /** Joins lines with ' · ' while they fit the width, so a wide, low box still shows most of them. */
  private joinLines(lines: readonly string[], count: number, sizePt: number, widthPt: number): string[] {
    const shown: string[] = []
    for (const line of lines) {
      const last = shown[shown.length - 1]
      const joined = `${last} · ${line}`
      if (last !== undefined && this.font.widthOfTextAtSize(joined, sizePt) <= widthPt)
        shown[shown.length - 1] = joined
      else if (shown.length < count) shown.push(line)
    }
    return shown
  }

  /** The standard fonts only encode WinAnsi: anything else (emoji, CJK) prints as '?', line breaks as spaces. */
  private sanitise(text: string): string {
    return Array.from(text, (ch) => {
      const code = ch.codePointAt(0) ?? 0
      if (code < 0x20 || code === 0x7f) return ' '
      return this.encodable.has(code) ? ch : '?'
    }).join('')
  }

  /** Longest start of the text that fits with '…' after it (binary search: labels can be any length). */
  private truncate(text: string, sizePt: number, widthPt: number): string {
    const fits = (t: string) => this.font.widthOfTextAtSize(t, sizePt) <= widthPt
    if (fits(text)) return text
    let [low, high] = [0, text.length]
    while (low < high) {
      const mid = Math.ceil((low + high) / 2)
      if (fits(`${text.slice(0, mid)}…`)) low = mid
      else high = mid - 1
    }
    return low > 0 ? `${text.slice(0, low)}…` : ''
  }
}

interface Pt {
  readonly x: number
  readonly y: number
}
const pt = (mm: number): number => mm * PT_PER_MM
