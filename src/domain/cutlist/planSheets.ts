import { packSheets } from './packing'
import type { PackSheetsResult, SearchOptions, SheetPart, SheetSize } from './packing/types'
import type { Offcut, PlannedSheet, StockItem, Workshop } from './types'

type SheetItem = Extract<StockItem, { form: 'sheet' }>

export interface SheetGroupInput {
  /** Parts to cut, with their tag as id, oriented for the sheet (height along the grain). */
  readonly parts: readonly SheetPart[]
  /** Interchangeable purchasable sheets of one thickness. */
  readonly items: readonly SheetItem[]
  readonly offcuts: readonly Offcut[]
  readonly workshop: Workshop
  readonly search: SearchOptions
  /** Called after each packing run, so the caller can report progress. */
  readonly onStep: () => void
}

export interface SheetGroupResult {
  readonly sheets: readonly PlannedSheet[]
  /** Parts that fit no sheet of this thickness. */
  readonly unplaced: PackSheetsResult['unplaced']
}

/** How many more runs a mix search may take per group: a handful of repacks of the emptiest sheets. */
const MIX_ATTEMPTS = 3

/**
 * Sheets for one thickness: offcuts first (each holds what it can), then the purchasable size that supplies the
 * rest most cheaply, then the emptiest sheets are repacked onto cheaper sizes where that costs less: a 3 × 36 in
 * sheet may finish what a 100 × 1000 mm sheet starts.
 */
export function planSheets(input: SheetGroupInput): SheetGroupResult {
  const sheets: PlannedSheet[] = []
  let remaining = input.parts
  for (const offcut of [...input.offcuts].sort((a, b) => b.widthMm * b.lengthMm - a.widthMm * a.lengthMm)) {
    for (let n = 0; n < offcut.count && remaining.length > 0; n++) {
      const result = pack(input, remaining, { widthMm: offcut.widthMm, heightMm: offcut.lengthMm })
      const fullest = [...result.sheets].sort((a, b) => a.wastePct - b.wastePct)[0]
      if (!fullest) break
      sheets.push({
        stockId: offcut.id,
        name: `Offcut ${offcut.widthMm} × ${offcut.lengthMm} mm`,
        size: { widthMm: offcut.widthMm, heightMm: offcut.lengthMm },
        offcut: true,
        layout: fullest,
      })
      remaining = without(remaining, fullest.placements)
    }
  }
  let unplaced: PackSheetsResult['unplaced'] = []
  while (remaining.length > 0) {
    const best = cheapestSize(input, remaining)
    if (!best) {
      unplaced = remaining.map((p) => ({ partId: p.id, count: p.count, reason: 'too-big' as const }))
      break
    }
    const bought = best.result.sheets.map((layout) => boughtSheet(best.item, layout))
    sheets.push(...improveMix(input, bought))
    // Parts too big for this size may still fit another (a 950 mm part needs the 1000 mm sheet).
    const tooBig = new Set(best.result.unplaced.map((u) => u.partId))
    const next = remaining.filter((p) => tooBig.has(p.id))
    if (next.length === remaining.length) break
    remaining = next
  }
  return { sheets, unplaced }
}

function pack(input: SheetGroupInput, parts: readonly SheetPart[], sheet: SheetSize): PackSheetsResult {
  const { workshop } = input
  const result = packSheets({
    parts,
    sheet,
    kerfMm: workshop.kerfMm,
    trimMm: workshop.trimMm,
    mode: workshop.mode,
    search: input.search,
  })
  input.onStep()
  return result
}

const sizeOf = (item: SheetItem): SheetSize => ({ widthMm: item.widthMm, heightMm: item.lengthMm })

const boughtSheet = (item: SheetItem, layout: PlannedSheet['layout']): PlannedSheet => ({
  stockId: item.id,
  name: item.name,
  size: sizeOf(item),
  offcut: false,
  layout,
})

/** The size that places the most parts, then costs least, then wastes least. */
function cheapestSize(input: SheetGroupInput, parts: readonly SheetPart[]) {
  let best: { item: SheetItem; result: PackSheetsResult; left: number; cost: number } | undefined
  for (const item of input.items) {
    const result = pack(input, parts, sizeOf(item))
    if (result.sheets.length === 0) continue
    const left = result.unplaced.reduce((n, u) => n + u.count, 0)
    const cost = result.sheets.length * item.price
    if (!best || left < best.left || (left === best.left && cost < best.cost))
      best = { item, result, left, cost }
  }
  return best
}

/** Repacks the emptiest sheets onto cheaper sizes while that lowers the cost. */
function improveMix(input: SheetGroupInput, sheets: PlannedSheet[]): PlannedSheet[] {
  const result = [...sheets]
  const priceOf = (s: PlannedSheet) => input.items.find((i) => i.id === s.stockId)?.price ?? 0
  const byWaste = [...result].sort((a, b) => b.layout.wastePct - a.layout.wastePct).slice(0, MIX_ATTEMPTS)
  for (const sheet of byWaste) {
    const parts = partsOn(sheet, input.parts)
    let replacement: PlannedSheet[] | undefined
    let cost = priceOf(sheet)
    for (const item of input.items) {
      if (item.price >= cost) continue
      const packed = pack(input, parts, sizeOf(item))
      const total = packed.sheets.length * item.price
      if (packed.unplaced.length === 0 && total < cost) {
        cost = total
        replacement = packed.sheets.map((layout) => boughtSheet(item, layout))
      }
    }
    if (replacement) result.splice(result.indexOf(sheet), 1, ...replacement)
  }
  return result
}

/** The parts one packed sheet holds, as a request for repacking. */
function partsOn(sheet: PlannedSheet, all: readonly SheetPart[]): SheetPart[] {
  const counts = new Map<string, number>()
  for (const p of sheet.layout.placements) counts.set(p.partId, (counts.get(p.partId) ?? 0) + 1)
  return all.filter((p) => counts.has(p.id)).map((p) => ({ ...p, count: counts.get(p.id)! }))
}

/** What is left to place once a sheet's placements are cut. */
function without(parts: readonly SheetPart[], placed: PlannedSheet['layout']['placements']): SheetPart[] {
  const used = new Map<string, number>()
  for (const p of placed) used.set(p.partId, (used.get(p.partId) ?? 0) + 1)
  return parts.map((p) => ({ ...p, count: p.count - (used.get(p.id) ?? 0) })).filter((p) => p.count > 0)
}
