import type { Scene } from '../scene/types'
import { cheapestCover } from './cheapestCover'
import { collectParts } from './collectParts'
import { matchStock, type Supply } from './matchStock'
import type { SearchOptions, SheetPart, UnplacedPart } from './packing/types'
import { planBars } from './planBars'
import { planSheets } from './planSheets'
import { capacityOf, shoppingList } from './shoppingList'
import type { CutPart, CutPlan, StockGroupPlan, StockItem, Unsupplied, Workshop } from './types'

/**
 * Plaster powder per cm³ of cast: a 100 : 65 plaster-to-water mix weighs about 1.75 g/cm³ wet, so 1.05 g of
 * powder per cm³, plus a quarter lost in the mixing cup.
 */
export const PLASTER_G_PER_CM3 = 1.3
/** Foil overlaps and tears: a fifth more than the drawn area. */
export const FOIL_ALLOWANCE = 1.2

/** Searches stay short: the cut list replans on every edit. Bench and tests pass their own. */
export const INTERACTIVE_SEARCH: SearchOptions = { effort: 200_000, timeLimitMs: 400 }

export interface PlanOptions {
  readonly search?: SearchOptions
  /** From 0 to 1 as the packing runs finish. */
  readonly onProgress?: (fraction: number) => void
}

type Grouped = {
  readonly supply: Exclude<Supply, { form: 'none' }>
  readonly parts: CutPart[]
  notes: Set<string>
}

/** The whole cut list for a scene and a workshop: parts, diagrams per stock, shopping list, what is missing. */
export function planCutList(scene: Scene, workshop: Workshop, options: PlanOptions = {}): CutPlan {
  const parts = collectParts(scene, workshop.toleranceMm)
  const unsupplied: Unsupplied[] = []
  const grouped = new Map<string, Grouped>()
  for (const part of parts) {
    const supply = matchStock(part, workshop.stock, workshop.toleranceMm)
    if (supply.form === 'none') {
      unsupplied.push({ tag: part.tag, reason: supply.reason })
      continue
    }
    const group = grouped.get(supply.key) ?? { supply, parts: [], notes: new Set<string>() }
    group.parts.push(part)
    if ('note' in supply && supply.note) group.notes.add(`${part.tag}: ${supply.note}`)
    grouped.set(supply.key, group)
  }

  const search = options.search ?? INTERACTIVE_SEARCH
  const total = [...grouped.values()].reduce((n, g) => n + expectedRuns(g, workshop), 0)
  let done = 0
  const onStep = () => options.onProgress?.(Math.min(0.99, ++done / Math.max(1, total)))

  const groups: StockGroupPlan[] = []
  const offcutsLeft = new Map(workshop.offcuts.map((o) => [o.id, o.count]))
  for (const { supply, parts: groupParts, notes } of grouped.values()) {
    const common = {
      title: supply.title,
      partTags: groupParts.map((p) => p.tag),
      ...(notes.size > 0 && { note: [...notes].join('; ') }),
    }
    // Offcuts are shared between groups (a 1.5 mm offcut serves 1.5 and 1.6 mm parts): each is used once.
    const offcuts = workshop.offcuts
      .filter((o) => offcutFits(o, supply, workshop.toleranceMm))
      .map((o) => ({ ...o, count: offcutsLeft.get(o.id) ?? 0 }))
      .filter((o) => o.count > 0)
    if (supply.form === 'sheet') {
      const result = planSheets({
        parts: groupParts.map((p) => sheetPartOf(p, supply.grained)),
        items: supply.items,
        offcuts,
        workshop,
        search,
        onStep,
      })
      groups.push({ ...common, form: 'sheet', grained: supply.grained, ...result })
      spendOffcuts(offcutsLeft, result.sheets)
      unsupplied.push(...tooBig(result.unplaced, supply.title))
    } else if (supply.form === 'bar') {
      const result = planBars({
        pieces: groupParts.map((p) => ({ id: p.tag, lengthMm: lengthOf(p), count: p.count })),
        items: supply.items.filter((i) => i.form === 'bar'),
        offcuts,
        workshop,
        search,
        onStep,
      })
      groups.push({ ...common, form: 'bar', ...result })
      spendOffcuts(offcutsLeft, result.bars)
      unsupplied.push(...tooBig(result.unplaced, supply.title))
    } else {
      const amount = bulkAmount(groupParts)
      groups.push({ ...common, form: supply.form, amount, bought: bulkPurchase(amount, supply.items) })
    }
  }
  options.onProgress?.(1)

  const { lines, cutCount, cutLengthMm } = shoppingList(groups, workshop.stock)
  return { parts, groups, shopping: lines, unsupplied, cutCount, cutLengthMm }
}

function spendOffcuts(
  left: Map<string, number>,
  used: readonly { offcut: boolean; stockId: string }[],
): void {
  for (const u of used) if (u.offcut) left.set(u.stockId, (left.get(u.stockId) ?? 0) - 1)
}

/**
 * Grained parts on balsa keep their grain along the sheet's length (the packer's height); each part decides for
 * itself, so an ungrained part in the group never lets a grained one turn. Styrene may always turn.
 */
function sheetPartOf(part: CutPart, grainedStock: boolean): SheetPart {
  const size = part.size
  if (size.shape !== 'flat') throw new Error(`internal: part ${part.tag} is not flat`)
  const acrossGrain = part.grain === 'width'
  return {
    id: part.tag,
    widthMm: acrossGrain ? size.lengthMm : size.widthMm,
    heightMm: acrossGrain ? size.widthMm : size.lengthMm,
    count: part.count,
    canRotate: !grainedStock || part.grain === 'none',
  }
}

function lengthOf(part: CutPart): number {
  const size = part.size
  if (size.shape === 'length' || size.shape === 'flat') return size.lengthMm
  throw new Error(`internal: part ${part.tag} has no length`)
}

/** mm² of foil (with the allowance) or grams of plaster powder. */
function bulkAmount(parts: readonly CutPart[]): number {
  let amount = 0
  for (const p of parts) {
    if (p.size.shape === 'area') amount += p.size.areaMm2 * p.count * FOIL_ALLOWANCE
    if (p.size.shape === 'volume') amount += (p.size.volumeMm3 / 1000) * p.count * PLASTER_G_PER_CM3
  }
  return amount
}

/** The cheapest mix of bag or roll sizes holding `amount`; the largest size alone when no mix is found. */
function bulkPurchase(amount: number, items: readonly StockItem[]): { stockId: string; quantity: number }[] {
  const options = items.map((item) => ({ id: item.id, amount: capacityOf(item), price: item.price }))
  const cover = cheapestCover(amount, options)
  if (cover) return [...cover.counts].map(([stockId, quantity]) => ({ stockId, quantity }))
  const largest = [...options].sort((a, b) => b.amount - a.amount)[0]
  return largest ? [{ stockId: largest.id, quantity: Math.ceil(amount / largest.amount) }] : []
}

function offcutFits(offcut: Workshop['offcuts'][number], supply: Supply, tol: number): boolean {
  if (supply.form === 'sheet')
    return offcut.stock === supply.items[0]?.stock && Math.abs(offcut.thicknessMm - supply.thicknessMm) < tol
  if (supply.form === 'bar') {
    const item = supply.items[0]
    if (!item || item.form !== 'bar' || offcut.stock !== item.stock) return false
    const near = (a: number, b: number) => Math.abs(a - b) < tol
    return (
      (near(offcut.thicknessMm, item.thicknessMm) && near(offcut.widthMm, item.widthMm)) ||
      (near(offcut.thicknessMm, item.widthMm) && near(offcut.widthMm, item.thicknessMm))
    )
  }
  return false
}

function expectedRuns(group: Grouped, workshop: Workshop): number {
  const offcutRuns = workshop.offcuts.reduce((n, o) => n + Math.min(o.count, 5), 0)
  if (group.supply.form === 'sheet') return offcutRuns + group.supply.items.length * 2
  if (group.supply.form === 'bar') return group.supply.items.length + 1
  return 0
}

const tooBig = (unplaced: readonly UnplacedPart[], title: string): Unsupplied[] =>
  unplaced.map((u) => ({
    tag: u.partId,
    reason:
      u.reason === 'too-big'
        ? `larger than every listed ${title.toLowerCase()}: add a bigger size to the stock list`
        : `the offcuts are used up and no listed ${title.toLowerCase()} is long enough`,
  }))
