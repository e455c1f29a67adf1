import type { StockKind } from '../catalog/types'
import { formatMm } from '../units/format'
import type { CutPart, StockItem } from './types'

type SheetItem = Extract<StockItem, { form: 'sheet' }>
type BarItem = Extract<StockItem, { form: 'bar' }>

/** Where a cut-list line comes from: a group of interchangeable stock items, or why nothing listed fits. */
export type Supply =
  | {
      readonly form: 'sheet'
      /** Parts sharing a key are packed together. */
      readonly key: string
      readonly title: string
      readonly items: readonly SheetItem[]
      readonly thicknessMm: number
      /** Balsa: grained parts keep their grain along the sheet's length. */
      readonly grained: boolean
      readonly note?: string
    }
  | {
      readonly form: 'bar'
      readonly key: string
      readonly title: string
      readonly items: readonly BarItem[]
      readonly note?: string
    }
  | {
      readonly form: 'roll' | 'bag'
      readonly key: string
      readonly title: string
      readonly items: readonly StockItem[]
    }
  | { readonly form: 'none'; readonly reason: string }

/** Float dust: a 0.1 mm difference computed as 0.0999… is still 0.1 mm. */
const EPSILON_MM = 1e-9

/** A round part may come from stock this much thicker at most (a 3.3 mm pipe from 3.5 mm tube, not from 10 mm). */
const MAX_OVERSIZE = 1.25

/** Round stock that stands in when the named kind has no size close enough: thin rungs from styrene rod. */
const ROUND_FALLBACK: Partial<Record<StockKind, StockKind>> = { 'balsa-dowel': 'styrene-rod' }

const STOCK_NAMES: Record<StockKind, string> = {
  'balsa-sheet': 'balsa sheet',
  'balsa-strip': 'balsa strip',
  'balsa-dowel': 'balsa dowel',
  'styrene-sheet': 'styrene sheet',
  'styrene-rod': 'styrene rod',
  'styrene-tube': 'styrene tube',
  'styrene-profile': 'styrene profile',
  'metal-tube': 'metal tube',
  'kitchen-foil': 'kitchen foil',
  plaster: 'plaster',
}
export const stockName = (kind: StockKind): string => STOCK_NAMES[kind]

/** Chooses what a part is cut from, among the workshop's stock, to within `toleranceMm`. */
export function matchStock(part: CutPart, stock: readonly StockItem[], toleranceMm: number): Supply {
  const size = part.size
  switch (size.shape) {
    case 'flat': {
      if (part.stock === 'balsa-strip') {
        const strip = matchStrip(size.thicknessMm, size.widthMm, stock, toleranceMm)
        if (strip) return strip
        // No strip of that section is sold: rip it from sheet of the same thickness, as makers do.
        return matchSheet('balsa-sheet', size.thicknessMm, stock, toleranceMm)
      }
      const kind = part.stock === 'styrene-sheet' ? 'styrene-sheet' : 'balsa-sheet'
      return matchSheet(kind, size.thicknessMm, stock, toleranceMm)
    }
    case 'length':
      return matchRound(part, size.diameterMm, stock, toleranceMm)
    case 'area':
      return bulkOf('roll', 'kitchen-foil', stock)
    case 'volume':
      return bulkOf('bag', 'plaster', stock)
  }
}

function matchSheet(
  kind: 'balsa-sheet' | 'styrene-sheet',
  thicknessMm: number,
  stock: readonly StockItem[],
  tol: number,
): Supply {
  const sheets = stock.filter((s): s is SheetItem => s.form === 'sheet' && s.stock === kind)
  const thick = sheets.filter((s) => s.thicknessMm > thicknessMm - tol + EPSILON_MM)
  if (thick.length === 0)
    return {
      form: 'none',
      reason: `no ${stockName(kind)} ${formatMm(thicknessMm)} or thicker in the stock list`,
    }
  const chosen = Math.min(...thick.map((s) => s.thicknessMm))
  const note =
    chosen > thicknessMm + tol ? `sand to ${formatMm(thicknessMm)} from ${formatMm(chosen)}` : undefined
  return {
    form: 'sheet',
    key: `${kind}|${chosen}`,
    title: `${capital(stockName(kind))} ${formatMm(chosen)}`,
    // Never a sheet thinner than the part by the tolerance: only the thick-enough ones near the chosen size.
    items: thick.filter((s) => s.thicknessMm - chosen < tol - EPSILON_MM),
    thicknessMm: chosen,
    grained: kind === 'balsa-sheet',
    ...(note && { note }),
  }
}

function matchStrip(t: number, w: number, stock: readonly StockItem[], tol: number): Supply | undefined {
  const near = (a: number, b: number) => Math.abs(a - b) < tol
  const items = stock.filter(
    (s): s is BarItem =>
      s.form === 'bar' &&
      s.stock === 'balsa-strip' &&
      ((near(s.thicknessMm, t) && near(s.widthMm, w)) || (near(s.thicknessMm, w) && near(s.widthMm, t))),
  )
  const first = items[0]
  if (!first) return undefined
  const section = `${first.thicknessMm} × ${first.widthMm} mm`
  return { form: 'bar', key: `balsa-strip|${section}`, title: `Balsa strip ${section}`, items }
}

function matchRound(part: CutPart, diameterMm: number, stock: readonly StockItem[], tol: number): Supply {
  const profile = part.stock === 'styrene-profile' ? profileOf(part.label) : undefined
  for (let kind: StockKind | undefined = part.stock; kind; kind = ROUND_FALLBACK[kind]) {
    const fits = stock.filter(
      (s): s is BarItem =>
        s.form === 'bar' &&
        s.stock === kind &&
        s.widthMm > diameterMm - tol &&
        s.widthMm <= Math.max(diameterMm * MAX_OVERSIZE, diameterMm + tol) &&
        (profile === undefined || profileOf(s.name) === profile),
    )
    if (fits.length === 0) continue
    const chosen = Math.min(...fits.map((s) => s.widthMm))
    const items = fits.filter((s) => Math.abs(s.widthMm - chosen) < tol)
    const what = profile ? `${profile} ${stockName(kind)}` : stockName(kind)
    const note =
      chosen > diameterMm + tol
        ? `${formatMm(chosen)} stock for a ${formatMm(diameterMm)} part`
        : kind !== part.stock
          ? `${stockName(kind)} in place of ${stockName(part.stock)}`
          : undefined
    return {
      form: 'bar',
      key: `${kind}|${what}|${chosen}`,
      title: `${capital(what)} ${formatMm(chosen)}`,
      items,
      ...(note && { note }),
    }
  }
  return {
    form: 'none',
    reason: `no ${stockName(part.stock)} near ${formatMm(diameterMm)} in the stock list`,
  }
}

function bulkOf(form: 'roll' | 'bag', kind: StockKind, stock: readonly StockItem[]): Supply {
  const items = stock.filter((s) => s.form === form && s.stock === kind)
  if (items.length === 0) return { form: 'none', reason: `no ${stockName(kind)} in the stock list` }
  return { form, key: kind, title: capital(stockName(kind)), items }
}

/** Profile stock comes in shapes; an I-beam part needs I-beam stock. Read from part label or stock name. */
function profileOf(name: string): string | undefined {
  const lower = name.toLowerCase()
  for (const shape of ['i-beam', 'angle', 'channel', 't-bar']) if (lower.includes(shape)) return shape
  return undefined
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
