import { MM_PER_INCH } from '../units/imperial'
import { roundTo } from '../units/vec'
import type { StockItem } from './types'

/**
 * What a hobby shop sells, from ../shared/reference/scales-and-stock.md: balsa in imperial (3 and 4 × 36 in) and
 * metric (100 × 1000 mm) sheets, 36 in strips and dowels, styrene sheet, rod, tube and profiles (Evergreen-style
 * 14 in lengths), K&S-style metal tube, kitchen foil rolls and plaster bags. Prices are typical shop prices in US
 * dollars; the maker edits them to their own.
 */
const inch = (inches: number) => roundTo(inches * MM_PER_INCH, 2)

const BALSA_IMPERIAL_THICKNESS_IN: readonly [string, number][] = [
  ['1/32', 1 / 32],
  ['1/20', 1 / 20],
  ['1/16', 1 / 16],
  ['3/32', 3 / 32],
  ['1/8', 1 / 8],
  ['3/16', 3 / 16],
  ['1/4', 1 / 4],
  ['5/16', 5 / 16],
  ['3/8', 3 / 8],
  ['1/2', 1 / 2],
  ['3/4', 3 / 4],
  ['1', 1],
]
const BALSA_METRIC_THICKNESS_MM = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]

function balsaSheets(): StockItem[] {
  const imperial = BALSA_IMPERIAL_THICKNESS_IN.flatMap(([name, t]): StockItem[] =>
    [3, 4].map((w) => ({
      id: `balsa-sheet-${name}in-${w}x36`,
      form: 'sheet',
      stock: 'balsa-sheet',
      name: `Balsa sheet ${name} × ${w} × 36 in`,
      thicknessMm: inch(t),
      widthMm: inch(w),
      lengthMm: inch(36),
      price: roundTo((w === 3 ? 1.6 : 2.1) * (1 + t * 4), 2),
    })),
  )
  const metric = BALSA_METRIC_THICKNESS_MM.map((t): StockItem => ({
    id: `balsa-sheet-${t}mm-100x1000`,
    form: 'sheet',
    stock: 'balsa-sheet',
    name: `Balsa sheet ${t} × 100 × 1000 mm`,
    thicknessMm: t,
    widthMm: 100,
    lengthMm: 1000,
    price: roundTo(2.2 * (1 + t / 6), 2),
  }))
  return [...imperial, ...metric]
}

const bar = (
  stock: Extract<StockItem, { form: 'bar' }>['stock'],
  id: string,
  name: string,
  thicknessMm: number,
  widthMm: number,
  lengthMm: number,
  price: number,
): StockItem => ({ id, form: 'bar', stock, name, thicknessMm, widthMm, lengthMm, price })

function balsaStrips(): StockItem[] {
  const imperial: [string, number, number][] = [
    ['1/16 × 1/16', 1 / 16, 1 / 16],
    ['1/16 × 1/8', 1 / 16, 1 / 8],
    ['3/32 × 3/32', 3 / 32, 3 / 32],
    ['1/8 × 1/8', 1 / 8, 1 / 8],
    ['1/8 × 1/4', 1 / 8, 1 / 4],
    ['3/16 × 3/16', 3 / 16, 3 / 16],
    ['1/4 × 1/4', 1 / 4, 1 / 4],
    ['3/8 × 3/8', 3 / 8, 3 / 8],
  ]
  const metric: [number, number][] = [
    [1, 1],
    [1, 2],
    [1, 3],
    [2, 2],
    [2, 3],
    [3, 3],
    [3, 5],
    [5, 5],
  ]
  return [
    ...imperial.map(([name, t, w]) =>
      bar(
        'balsa-strip',
        `balsa-strip-${t}x${w}in`,
        `Balsa strip ${name} × 36 in`,
        inch(t),
        inch(w),
        inch(36),
        0.5,
      ),
    ),
    ...metric.map(([t, w]) =>
      bar('balsa-strip', `balsa-strip-${t}x${w}mm`, `Balsa strip ${t} × ${w} × 1000 mm`, t, w, 1000, 0.6),
    ),
  ]
}

function rounds(): StockItem[] {
  const dowelsIn: [string, number][] = [
    ['1/8', 1 / 8],
    ['3/16', 3 / 16],
    ['1/4', 1 / 4],
    ['3/8', 3 / 8],
    ['1/2', 1 / 2],
  ]
  const rodThou = [10, 15, 20, 25, 30, 40, 47, 62, 80, 100, 125, 188, 250]
  const tubeIn: [string, number][] = [
    ['3/32', 3 / 32],
    ['1/8', 1 / 8],
    ['5/32', 5 / 32],
    ['3/16', 3 / 16],
    ['1/4', 1 / 4],
    ['5/16', 5 / 16],
    ['3/8', 3 / 8],
    ['1/2', 1 / 2],
  ]
  const tubeMm = [14, 16, 18, 20, 24, 28, 32, 40]
  return [
    ...dowelsIn.map(([n, d]) =>
      bar(
        'balsa-dowel',
        `balsa-dowel-${n}in`,
        `Balsa dowel ${n} in × 36 in`,
        inch(d),
        inch(d),
        inch(36),
        0.9,
      ),
    ),
    ...[2, 3, 4, 5, 6, 8, 10].map((d) =>
      bar('balsa-dowel', `balsa-dowel-${d}mm`, `Balsa dowel ${d} × 1000 mm`, d, d, 1000, 1),
    ),
    ...rodThou.map((t) =>
      bar(
        'styrene-rod',
        `styrene-rod-${t}`,
        `Styrene rod 0.${String(t).padStart(3, '0')} in × 14 in`,
        inch(t / 1000),
        inch(t / 1000),
        inch(14),
        0.45,
      ),
    ),
    ...tubeIn.map(([n, d]) =>
      bar(
        'styrene-tube',
        `styrene-tube-${n}in`,
        `Styrene tube ${n} in × 14 in`,
        inch(d),
        inch(d),
        inch(14),
        1.3,
      ),
    ),
    ...tubeMm.map((d) =>
      bar('styrene-tube', `styrene-tube-${d}mm`, `Styrene tube ${d} mm × 375 mm`, d, d, 375, 2.5 + d / 10),
    ),
  ]
}

function metalAndProfiles(): StockItem[] {
  const brass = Array.from({ length: 20 }, (_, i) => i + 2) // 2/32 … 21/32 in
  const metricOd = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]
  const iBeamThou = [80, 100, 125, 156, 188, 250, 312, 375]
  const angleThou = [60, 80, 100, 125, 188, 250]
  return [
    ...brass.map((n) =>
      bar(
        'metal-tube',
        `brass-tube-${n}-32in`,
        `Brass tube ${n}/32 in × 12 in`,
        inch(n / 32),
        inch(n / 32),
        inch(12),
        2 + n / 8,
      ),
    ),
    ...metricOd.map((d) =>
      bar('metal-tube', `brass-tube-${d}mm`, `Brass tube ${d} mm × 1000 mm`, d, d, 1000, 3 + d / 2),
    ),
    ...iBeamThou.map((t) =>
      bar(
        'styrene-profile',
        `styrene-i-beam-${t}`,
        `Styrene I-beam 0.${String(t).padStart(3, '0')} in × 14 in`,
        inch(t / 1000),
        inch(t / 1000),
        inch(14),
        1.5,
      ),
    ),
    ...angleThou.map((t) =>
      bar(
        'styrene-profile',
        `styrene-angle-${t}`,
        `Styrene angle 0.${String(t).padStart(3, '0')} in × 14 in`,
        inch(t / 1000),
        inch(t / 1000),
        inch(14),
        1.4,
      ),
    ),
  ]
}

function styreneSheets(): StockItem[] {
  const a4 = [0.25, 0.5, 0.75, 1, 1.5, 2]
  const evergreenThou = [10, 15, 20, 30, 40, 60, 80]
  return [
    ...a4.map((t): StockItem => ({
      id: `styrene-sheet-${t}mm-a4`,
      form: 'sheet',
      stock: 'styrene-sheet',
      name: `Styrene sheet ${t} mm, A4`,
      thicknessMm: t,
      widthMm: 210,
      lengthMm: 297,
      price: roundTo(2 + t * 2, 2),
    })),
    ...evergreenThou.map((t): StockItem => ({
      id: `styrene-sheet-${t}thou-6x12`,
      form: 'sheet',
      stock: 'styrene-sheet',
      name: `Styrene sheet 0.${String(t).padStart(3, '0')} in, 6 × 12 in`,
      thicknessMm: inch(t / 1000),
      widthMm: inch(6),
      lengthMm: inch(12),
      price: roundTo(1.5 + t / 20, 2),
    })),
  ]
}

function bulk(): StockItem[] {
  return [
    {
      id: 'foil-300x7600',
      form: 'roll',
      stock: 'kitchen-foil',
      name: 'Kitchen foil 30 cm × 7.6 m (25 ft)',
      widthMm: 300,
      lengthMm: 7600,
      price: 2.5,
    },
    {
      id: 'foil-450x22800',
      form: 'roll',
      stock: 'kitchen-foil',
      name: 'Heavy-duty foil 45 cm × 22.8 m (75 ft)',
      widthMm: 450,
      lengthMm: 22800,
      price: 6,
    },
    {
      id: 'plaster-1kg',
      form: 'bag',
      stock: 'plaster',
      name: 'Plaster of Paris, 1 kg bag',
      grams: 1000,
      price: 4,
    },
    {
      id: 'plaster-2.5kg',
      form: 'bag',
      stock: 'plaster',
      name: 'Plaster of Paris, 2.5 kg bag',
      grams: 2500,
      price: 8,
    },
  ]
}

export const DEFAULT_STOCK: readonly StockItem[] = [
  ...balsaSheets(),
  ...balsaStrips(),
  ...rounds(),
  ...metalAndProfiles(),
  ...styreneSheets(),
  ...bulk(),
]
