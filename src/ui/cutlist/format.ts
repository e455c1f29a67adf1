import { slugOf } from '../download'
import { totalCost } from '../../domain/cutlist/shoppingList'
import type { CutPlan, PartSize } from '../../domain/cutlist/types'
import { roundTo } from '../../domain/units/vec'
import { formatInches } from '../../domain/units/imperial'
import type { UnitSystem } from '../../domain/units/unitSystem'

const n = (mm: number) => String(roundTo(mm, 1))

/** "1.5 × 6 × 120 mm", "⌀ 4 × 72 mm", "18.6 cm²", "15.6 cm³"; imperial adds the fractions of an inch. */
export function formatSize(size: PartSize, units: UnitSystem): string {
  const inches = (...mm: number[]) => (units === 'imperial' ? ` (${mm.map(formatInches).join(' × ')})` : '')
  switch (size.shape) {
    case 'flat':
      return `${n(size.thicknessMm)} × ${n(size.widthMm)} × ${n(size.lengthMm)} mm${inches(size.thicknessMm, size.widthMm, size.lengthMm)}`
    case 'length':
      return `⌀ ${n(size.diameterMm)} × ${n(size.lengthMm)} mm${inches(size.diameterMm, size.lengthMm)}`
    case 'area':
      return `${roundTo(size.areaMm2 / 100, 1)} cm²`
    case 'volume':
      return `${roundTo(size.volumeMm3 / 1000, 1)} cm³`
  }
}

export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount)
  } catch {
    return `${amount.toFixed(2)} ${currency}`
  }
}

/** "1 h 25 min", "40 min". */
export function formatMinutes(minutes: number): string {
  const total = Math.round(minutes)
  const h = Math.floor(total / 60)
  const m = total % 60
  return h > 0 ? `${h} h ${m} min` : `${m} min`
}

/** "rusty-corner-cut-list.csv" */
export const exportName = (sceneName: string, what: string, ext: string): string =>
  `${slugOf(sceneName)}-${what}.${ext}`

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** "15 parts · 2 sheets, 3 lengths · 61 cuts · 1 offcut used · $23.94": the plan at a glance. */
export function planSummary(plan: CutPlan, currency: string): string {
  let sheets = 0
  let bars = 0
  let offcuts = 0
  for (const g of plan.groups) {
    if (g.form === 'sheet') {
      sheets += g.sheets.length
      offcuts += g.sheets.filter((s) => s.offcut).length
    } else if (g.form === 'bar') {
      bars += g.bars.length
      offcuts += g.bars.filter((b) => b.offcut).length
    }
  }
  const partCount = plan.parts.reduce((n, p) => n + p.count, 0)
  return [
    plural(partCount, 'part'),
    `${plural(sheets, 'sheet')}, ${plural(bars, 'length')}`,
    plural(plan.cutCount, 'cut'),
    ...(offcuts > 0 ? [`${plural(offcuts, 'offcut')} used`] : []),
    money(totalCost(plan.shopping), currency),
  ].join(' · ')
}
