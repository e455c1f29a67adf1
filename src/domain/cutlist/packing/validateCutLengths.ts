/**
 * Independent check of a length-cutting result: every piece inside its bar's usable length, pieces at least one
 * kerf apart, each copy cut exactly once, offcuts used no more often than available, and cuts between pieces.
 */
import { DEFAULT_KERF_MM } from './normalize'
import type { CutLengthsRequest, CutLengthsResult } from './types'

const TOLERANCE = 1e-6

export function validateCutLengths(request: CutLengthsRequest, result: CutLengthsResult): string[] {
  const problems: string[] = []
  const kerfMm = request.kerfMm ?? DEFAULT_KERF_MM
  const trimMm = request.trimMm ?? 0
  const pieces = new Map(request.pieces.map((p) => [p.id, p]))
  const seen = new Map<string, Set<number>>()
  const barsOfStock = new Map<number, number>()
  result.bars.forEach((bar, b) => {
    const stock = request.stock[bar.stockIndex]
    if (!stock || stock.lengthMm !== bar.stockLengthMm) {
      problems.push(`bar ${b + 1}: stock ${bar.stockIndex} is not ${bar.stockLengthMm} mm`)
      return
    }
    barsOfStock.set(bar.stockIndex, (barsOfStock.get(bar.stockIndex) ?? 0) + 1)
    const sorted = [...bar.pieces].sort((x, y) => x.startMm - y.startMm)
    sorted.forEach((cut, i) => {
      const piece = pieces.get(cut.pieceId)
      const name = `bar ${b + 1}, ${cut.pieceId}#${cut.copy}`
      if (!piece) {
        problems.push(`${name}: no such piece`)
        return
      }
      if (Math.abs(cut.lengthMm - piece.lengthMm) > TOLERANCE) problems.push(`${name}: wrong length`)
      const copies = seen.get(cut.pieceId) ?? new Set<number>()
      seen.set(cut.pieceId, copies)
      if (copies.has(cut.copy) || cut.copy < 0 || cut.copy >= piece.count)
        problems.push(`${name}: bad or repeated copy`)
      copies.add(cut.copy)
      if (
        cut.startMm < trimMm - TOLERANCE ||
        cut.startMm + cut.lengthMm > bar.stockLengthMm - trimMm + TOLERANCE
      ) {
        problems.push(`${name}: outside the usable length`)
      }
      const next = sorted[i + 1]
      if (next && cut.startMm + cut.lengthMm + kerfMm > next.startMm + TOLERANCE) {
        problems.push(`${name}: closer than one kerf to the next piece`)
      }
      const end = cut.startMm + cut.lengthMm
      const cutAtEnd = bar.cutPositionsMm.some((at) => Math.abs(at - (end + kerfMm / 2)) <= TOLERANCE)
      if (end < bar.stockLengthMm - TOLERANCE && !cutAtEnd) problems.push(`${name}: no cut at its end`)
    })
  })
  for (const [stockIndex, used] of barsOfStock) {
    const available = request.stock[stockIndex]?.available
    if (available !== undefined && used > available)
      problems.push(`stock ${stockIndex}: ${used} used, ${available} at hand`)
  }
  const usable = (lengthMm: number) => lengthMm - 2 * trimMm
  const fitsAny = (lengthMm: number, unlimitedOnly: boolean) =>
    request.stock.some(
      (s) =>
        s.available !== 0 &&
        (!unlimitedOnly || s.available === undefined) &&
        lengthMm <= usable(s.lengthMm) + TOLERANCE,
    )
  for (const piece of request.pieces) {
    const cut = seen.get(piece.id)?.size ?? 0
    const reasons = result.unplaced.filter((u) => u.partId === piece.id)
    const reported = reasons.reduce((sum, u) => sum + u.count, 0)
    for (const u of reasons) {
      if (u.reason === 'too-big' && fitsAny(piece.lengthMm, false))
        problems.push(`${piece.id}: reported too big but fits`)
      if (u.reason === 'no-stock' && fitsAny(piece.lengthMm, true))
        problems.push(`${piece.id}: reported without stock but fits`)
    }
    if (cut + reported !== piece.count)
      problems.push(`${piece.id}: ${cut} cut and ${reported} reported, count is ${piece.count}`)
  }
  const total = result.bars.reduce((sum, bar) => sum + bar.stockLengthMm, 0)
  if (Math.abs(total - result.stockUsedMm) > TOLERANCE)
    problems.push('stockUsedMm is not the sum of the bars')
  return problems
}
