/**
 * Independent check of a packing result against its request, for tests and the benchmark. Returns what is wrong
 * (empty when valid): parts inside the usable area, at least one kerf apart, turned only when allowed, each copy
 * placed exactly once, only too-big parts left out, and for straight cuts a guillotine cut sequence that exists.
 */
import { guillotineCutTree } from './cuts'
import { DEFAULT_KERF_MM } from './normalize'
import type { PackSheetsRequest, PackSheetsResult, Placement } from './types'

/** Slack for sums of decimal millimetres. */
const TOLERANCE = 1e-6

export function validatePacking(request: PackSheetsRequest, result: PackSheetsResult): string[] {
  const problems: string[] = []
  const kerfMm = request.kerfMm ?? DEFAULT_KERF_MM
  const trimMm = request.trimMm ?? 0
  const { widthMm: sheetW, heightMm: sheetH } = request.sheet
  const usableW = sheetW - 2 * trimMm
  const usableH = sheetH - 2 * trimMm
  const parts = new Map(request.parts.map((p) => [p.id, p]))
  const seen = new Map<string, Set<number>>()

  result.sheets.forEach((sheet, s) => {
    const where = (p: Placement) => `sheet ${s + 1}, ${p.partId}#${p.copy}`
    for (const p of sheet.placements) {
      const part = parts.get(p.partId)
      if (!part) {
        problems.push(`${where(p)}: no such part`)
        continue
      }
      const copies = seen.get(p.partId) ?? new Set<number>()
      seen.set(p.partId, copies)
      if (copies.has(p.copy)) problems.push(`${where(p)}: placed twice`)
      if (!Number.isInteger(p.copy) || p.copy < 0 || p.copy >= part.count)
        problems.push(`${where(p)}: no such copy`)
      copies.add(p.copy)
      if (p.rotated && !part.canRotate) problems.push(`${where(p)}: turned against the grain`)
      const [w, h] = p.rotated ? [part.heightMm, part.widthMm] : [part.widthMm, part.heightMm]
      if (Math.abs(p.widthMm - w) > TOLERANCE || Math.abs(p.heightMm - h) > TOLERANCE) {
        problems.push(`${where(p)}: placed as ${p.widthMm} x ${p.heightMm}, part is ${w} x ${h}`)
      }
      if (
        p.xMm < trimMm - TOLERANCE ||
        p.yMm < trimMm - TOLERANCE ||
        p.xMm + p.widthMm > sheetW - trimMm + TOLERANCE ||
        p.yMm + p.heightMm > sheetH - trimMm + TOLERANCE
      ) {
        problems.push(`${where(p)}: outside the usable area`)
      }
    }
    const list = sheet.placements
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as Placement
        const b = list[j] as Placement
        const apart =
          a.xMm + a.widthMm + kerfMm <= b.xMm + TOLERANCE ||
          b.xMm + b.widthMm + kerfMm <= a.xMm + TOLERANCE ||
          a.yMm + a.heightMm + kerfMm <= b.yMm + TOLERANCE ||
          b.yMm + b.heightMm + kerfMm <= a.yMm + TOLERANCE
        if (!apart) problems.push(`${where(a)} and ${b.partId}#${b.copy}: closer than one kerf`)
      }
    }
    if (request.mode === 'guillotine') {
      const rects = list.map((p) => ({
        x: p.xMm - trimMm,
        y: p.yMm - trimMm,
        w: p.widthMm + kerfMm,
        h: p.heightMm + kerfMm,
      }))
      if (guillotineCutTree(rects, usableW + kerfMm, usableH + kerfMm) === null) {
        problems.push(`sheet ${s + 1}: no sequence of edge-to-edge cuts frees the parts`)
      }
    }
    if (sheet.cutCount !== sheet.cuts.length)
      problems.push(`sheet ${s + 1}: cutCount is not the number of cuts`)
  })

  for (const part of request.parts) {
    const fits = (w: number, h: number) => w <= usableW + TOLERANCE && h <= usableH + TOLERANCE
    const tooBig =
      !fits(part.widthMm, part.heightMm) && !(part.canRotate && fits(part.heightMm, part.widthMm))
    const placed = seen.get(part.id)?.size ?? 0
    const reported = result.unplaced.filter((u) => u.partId === part.id).reduce((sum, u) => sum + u.count, 0)
    if (reported > 0 && !tooBig) problems.push(`${part.id}: reported too big but fits the sheet`)
    if (placed + reported !== part.count) {
      problems.push(`${part.id}: ${placed} placed and ${reported} reported, count is ${part.count}`)
    }
  }
  return problems
}
