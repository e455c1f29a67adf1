import { cutLengths } from './packing'
import type { CutLengthsResult, LengthPiece, SearchOptions, StockLength } from './packing/types'
import type { Offcut, PlannedBar, StockItem, Workshop } from './types'

type BarItem = Extract<StockItem, { form: 'bar' }>

export interface BarGroupInput {
  readonly pieces: readonly LengthPiece[]
  readonly items: readonly BarItem[]
  readonly offcuts: readonly Offcut[]
  readonly workshop: Workshop
  readonly search: SearchOptions
  readonly onStep: () => void
}

export interface BarGroupResult {
  readonly bars: readonly PlannedBar[]
  readonly unplaced: CutLengthsResult['unplaced']
}

/**
 * Bars for one section: offcuts first, then the cheapest choice among buying every listed length (the packer
 * mixes them by least total length) or each length alone.
 */
export function planBars(input: BarGroupInput): BarGroupResult {
  const { items, offcuts } = input
  const choices: (readonly BarItem[])[] = items.length > 1 ? [items, ...items.map((i) => [i])] : [items]
  let best: { result: CutLengthsResult; bought: readonly BarItem[]; left: number; cost: number } | undefined
  for (const bought of choices) {
    const stock: StockLength[] = [
      ...offcuts.map((o) => ({ lengthMm: o.lengthMm, available: o.count })),
      ...bought.map((b) => ({ lengthMm: b.lengthMm })),
    ]
    const result = cutLengths({
      pieces: input.pieces,
      stock,
      kerfMm: input.workshop.kerfMm,
      trimMm: input.workshop.trimMm,
      search: input.search,
    })
    input.onStep()
    const left = result.unplaced.reduce((n, u) => n + u.count, 0)
    const cost = result.bars.reduce(
      (sum, bar) =>
        sum + (bar.stockIndex < offcuts.length ? 0 : bought[bar.stockIndex - offcuts.length]!.price),
      0,
    )
    if (!best || left < best.left || (left === best.left && cost < best.cost))
      best = { result, bought, left, cost }
  }
  if (!best)
    return {
      bars: [],
      unplaced: input.pieces.map((p) => ({ partId: p.id, count: p.count, reason: 'no-stock' })),
    }
  const { result, bought } = best
  return {
    bars: result.bars.map((layout) => {
      const offcut = offcuts[layout.stockIndex]
      const item = bought[layout.stockIndex - offcuts.length]
      return offcut
        ? { stockId: offcut.id, name: `Offcut ${offcut.lengthMm} mm`, offcut: true, layout }
        : { stockId: item!.id, name: item!.name, offcut: false, layout }
    }),
    unplaced: result.unplaced,
  }
}
