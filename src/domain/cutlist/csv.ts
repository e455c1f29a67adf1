import { formatInches } from '../units/imperial'
import type { UnitSystem } from '../units/unitSystem'
import { roundTo } from '../units/vec'
import type { Estimate } from './estimate'
import { stockName } from './matchStock'
import { totalCost } from './shoppingList'
import type { CutPart, CutPlan, PartSize } from './types'

type Cell = string | number

/**
 * RFC 4180 CSV: cells with commas, quotes or line breaks are quoted. Text that a spreadsheet would run as a
 * formula (starting with = + - @ or a control character) gets a leading apostrophe, as OWASP advises: prop names
 * come from strangers' links.
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(cellText).join(',')).join('\r\n') + '\r\n'
}

function cellText(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

const mm = (v: number | undefined): Cell => (v === undefined ? '' : roundTo(v, 2))

function dimensions(size: PartSize) {
  switch (size.shape) {
    case 'flat':
      return { thickness: size.thicknessMm, width: size.widthMm, length: size.lengthMm }
    case 'length':
      return { diameter: size.diameterMm, length: size.lengthMm }
    case 'area':
      return { area: size.areaMm2 }
    case 'volume':
      return { volume: size.volumeMm3 }
  }
}

/** The cut list, one row per line: tag, part, props, material, stock, sizes in mm (and inches), count, grain. */
export function cutListCsv(parts: readonly CutPart[], units: UnitSystem): string {
  const imperial = units === 'imperial'
  const header = [
    'Tag',
    'Part',
    'Props',
    'Material',
    'Stock',
    'Thickness (mm)',
    'Width (mm)',
    'Length (mm)',
    'Diameter (mm)',
    'Area (mm²)',
    'Volume (mm³)',
    'Count',
    'Grain',
    ...(imperial ? ['Thickness (in)', 'Width (in)', 'Length (in)', 'Diameter (in)'] : []),
  ]
  const rows = parts.map((p) => {
    const d: Partial<Record<'thickness' | 'width' | 'length' | 'diameter' | 'area' | 'volume', number>> =
      dimensions(p.size)
    const inches = (v: number | undefined) => (v === undefined ? '' : formatInches(v))
    return [
      p.tag,
      p.label,
      p.props,
      p.material,
      stockName(p.stock),
      mm(d.thickness),
      mm(d.width),
      mm(d.length),
      mm(d.diameter),
      d.area === undefined ? '' : Math.round(d.area),
      d.volume === undefined ? '' : Math.round(d.volume),
      p.count,
      p.grain,
      ...(imperial ? [inches(d.thickness), inches(d.width), inches(d.length), inches(d.diameter)] : []),
    ]
  })
  return toCsv([header, ...rows])
}

/** The shopping list with its total, then the time and price estimate, in one sheet a maker can send. */
export function shoppingCsv(plan: CutPlan, estimate: Estimate, currency: string): string {
  const rows: Cell[][] = [
    ['Item', 'Quantity', `Unit price (${currency})`, `Cost (${currency})`, 'Used (%)'],
    ...plan.shopping.map((l) => [l.name, l.quantity, l.unitPrice, l.cost, l.usedPct]),
    ['Total', '', '', totalCost(plan.shopping), ''],
    [],
    ['Estimate', 'Minutes', `Amount (${currency})`],
    ['Setup', estimate.minutes.setup, ''],
    [`Cutting (${estimate.cutCount} cuts)`, estimate.minutes.cutting, ''],
    [`Sanding and gluing (${estimate.partCount} parts)`, estimate.minutes.assembly, ''],
    [`Painting (${estimate.paintDm2} dm²)`, estimate.minutes.painting, ''],
    [`Weathering (${estimate.weatheringDm2} dm²)`, estimate.minutes.weathering, ''],
    ['Labour', estimate.minutes.total, estimate.labour],
    ['Materials', '', estimate.materials],
    ['Suggested price', '', estimate.price],
  ]
  if (plan.unsupplied.length > 0) {
    rows.push([], ['Not in the stock list', 'Reason'])
    rows.push(...plan.unsupplied.map((u) => [u.tag, u.reason]))
  }
  return toCsv(rows)
}
