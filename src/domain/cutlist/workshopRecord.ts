// zod/mini: this module loads with the cut list panel, never in the initial bundle.
import { z } from 'zod/mini'
import { STOCK_KINDS } from '../catalog/types'
import { DEFAULT_WORKSHOP } from './defaultWorkshop'
import { DEFAULT_STOCK } from './stockCatalog'
import type { StockItem, Workshop } from './types'

/**
 * The workshop as kept in the browser: only what the maker changed from the built-in stock list (prices, their
 * own items, items they hid), so an updated catalog still reaches them.
 */
export interface WorkshopRecord {
  readonly version: 1
  readonly currency: string
  readonly prices: Readonly<Record<string, number>>
  readonly custom: readonly StockItem[]
  readonly hidden: readonly string[]
  readonly offcuts: Workshop['offcuts']
  readonly kerfMm: number
  readonly trimMm: number
  readonly mode: Workshop['mode']
  readonly toleranceMm: number
  readonly rates: Workshop['rates']
}

const num = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max))
const size = num(0.01, 100_000)
const price = num(0, 1_000_000)
const name = z.string().check(z.minLength(1), z.maxLength(120))
const id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.\-/]{0,79}$/))
const barStock = z.enum([
  'balsa-strip',
  'balsa-dowel',
  'styrene-rod',
  'styrene-tube',
  'styrene-profile',
  'metal-tube',
])
const anyStock = z.enum(STOCK_KINDS)
/** What sheets and bars share: an id, a name, three sizes and a price. */
const sized = { id, name, thicknessMm: size, widthMm: size, lengthMm: size, price }

const stockItem = z.discriminatedUnion('form', [
  z.strictObject({ ...sized, form: z.literal('sheet'), stock: z.enum(['balsa-sheet', 'styrene-sheet']) }),
  z.strictObject({ ...sized, form: z.literal('bar'), stock: barStock }),
  z.strictObject({
    id,
    form: z.literal('roll'),
    stock: z.literal('kitchen-foil'),
    name,
    widthMm: size,
    lengthMm: size,
    price,
  }),
  z.strictObject({ id, form: z.literal('bag'), stock: z.literal('plaster'), name, grams: size, price }),
])

const record = z.strictObject({
  version: z.literal(1),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  prices: z.record(id, price),
  custom: z.array(stockItem).check(z.maxLength(500)),
  hidden: z.array(id).check(z.maxLength(2000)),
  offcuts: z
    .array(
      z.strictObject({
        id,
        stock: anyStock,
        thicknessMm: size,
        widthMm: size,
        lengthMm: size,
        count: z.int().check(z.minimum(1), z.maximum(1000)),
      }),
    )
    .check(z.maxLength(500)),
  kerfMm: num(0, 10),
  trimMm: num(0, 50),
  mode: z.enum(['knife', 'guillotine']),
  toleranceMm: num(0, 5),
  rates: z.strictObject({
    minutesPerCut: num(0, 600),
    minutesPerPart: num(0, 600),
    minutesPerPaintDm2: num(0, 600),
    minutesPerWeatheringDm2: num(0, 600),
    setupMinutes: num(0, 100_000),
    hourlyRate: num(0, 100_000),
  }),
})

export function toRecord(workshop: Workshop): WorkshopRecord {
  const builtIn = new Map(DEFAULT_STOCK.map((s) => [s.id, s]))
  const present = new Set(workshop.stock.map((s) => s.id))
  const prices: Record<string, number> = {}
  for (const item of workshop.stock) {
    const original = builtIn.get(item.id)
    if (original && original.price !== item.price) prices[item.id] = item.price
  }
  return {
    version: 1,
    currency: workshop.currency,
    prices,
    custom: workshop.stock.filter((s) => !builtIn.has(s.id)),
    hidden: DEFAULT_STOCK.filter((s) => !present.has(s.id)).map((s) => s.id),
    offcuts: workshop.offcuts,
    kerfMm: workshop.kerfMm,
    trimMm: workshop.trimMm,
    mode: workshop.mode,
    toleranceMm: workshop.toleranceMm,
    rates: workshop.rates,
  }
}

export type WorkshopRead = { readonly workshop: Workshop; readonly problem?: string }

/** The stored workshop, checked; anything damaged gives the defaults back with the reason, never a throw. */
export function readWorkshop(stored: unknown): WorkshopRead {
  if (stored === undefined || stored === null) return { workshop: DEFAULT_WORKSHOP }
  const parsed = record.safeParse(stored)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first?.path.join('.') || 'the record'
    return { workshop: DEFAULT_WORKSHOP, problem: `${where}: ${first?.message ?? 'not understood'}` }
  }
  const r = parsed.data
  const hidden = new Set(r.hidden)
  const stock = [
    ...DEFAULT_STOCK.filter((s) => !hidden.has(s.id)).map((s) => {
      const changed = Object.hasOwn(r.prices, s.id) ? r.prices[s.id] : undefined
      return changed === undefined ? s : { ...s, price: changed }
    }),
    ...r.custom,
  ]
  return {
    workshop: {
      currency: r.currency,
      stock,
      offcuts: r.offcuts,
      kerfMm: r.kerfMm,
      trimMm: r.trimMm,
      mode: r.mode,
      toleranceMm: r.toleranceMm,
      rates: r.rates,
    },
  }
}
