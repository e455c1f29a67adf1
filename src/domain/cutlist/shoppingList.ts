import { roundTo } from '../units/vec'
import type { ShoppingLine, StockGroupPlan, StockItem } from './types'

interface Tally {
  quantity: number
  /** Area, length, mm² or grams the parts use, against the same bought. */
  used: number
  bought: number
}

/** What to buy, summed over every group: quantity and cost per stock item, and how much of it the parts use. */
export function shoppingList(groups: readonly StockGroupPlan[], stock: readonly StockItem[]) {
  const tallies = new Map<string, Tally>()
  const tally = (stockId: string, quantity: number, used: number, bought: number) => {
    const t = tallies.get(stockId) ?? { quantity: 0, used: 0, bought: 0 }
    t.quantity += quantity
    t.used += used
    t.bought += bought
    tallies.set(stockId, t)
  }
  let cutCount = 0
  let cutLengthMm = 0
  for (const group of groups) {
    if (group.form === 'sheet') {
      for (const sheet of group.sheets) {
        cutCount += sheet.layout.cutCount
        cutLengthMm += sheet.layout.cutLengthMm
        if (sheet.offcut) continue
        const used = sheet.layout.placements.reduce((a, p) => a + p.widthMm * p.heightMm, 0)
        tally(sheet.stockId, 1, used, sheet.size.widthMm * sheet.size.heightMm)
      }
    } else if (group.form === 'bar') {
      for (const bar of group.bars) {
        cutCount += bar.layout.cutPositionsMm.length
        if (bar.offcut) continue
        const used = bar.layout.pieces.reduce((a, p) => a + p.lengthMm, 0)
        tally(bar.stockId, 1, used, bar.layout.stockLengthMm)
      }
    } else {
      const capacity = group.bought.reduce((a, b) => a + b.quantity * capacityOfId(stock, b.stockId), 0)
      for (const b of group.bought) {
        const share = capacity > 0 ? (b.quantity * capacityOfId(stock, b.stockId)) / capacity : 0
        tally(b.stockId, b.quantity, group.amount * share, b.quantity * capacityOfId(stock, b.stockId))
      }
    }
  }
  const lines: ShoppingLine[] = []
  for (const item of stock) {
    const t = tallies.get(item.id)
    if (!t) continue
    lines.push({
      stockId: item.id,
      name: item.name,
      quantity: t.quantity,
      unitPrice: item.price,
      cost: roundTo(t.quantity * item.price, 2),
      usedPct: t.bought > 0 ? roundTo((100 * t.used) / t.bought, 1) : 0,
    })
  }
  return { lines, cutCount, cutLengthMm: roundTo(cutLengthMm, 1) }
}

const capacityOfId = (stock: readonly StockItem[], id: string): number => {
  const item = stock.find((s) => s.id === id)
  return item ? capacityOf(item) : 0
}

export const totalCost = (lines: readonly ShoppingLine[]): number =>
  roundTo(
    lines.reduce((sum, l) => sum + l.cost, 0),
    2,
  )

/** What one roll or bag holds: mm² of foil, grams of plaster. */
export function capacityOf(item: StockItem): number {
  if (item.form === 'roll') return item.widthMm * item.lengthMm
  if (item.form === 'bag') return item.grams
  return 0
}
