import { describe, expect, it } from 'vitest'
import type { StockKind } from '../../../src/domain/catalog/types'
import { collectParts } from '../../../src/domain/cutlist/collectParts'
import { DEFAULT_STOCK } from '../../../src/domain/cutlist/stockCatalog'
import { matchStock, type Supply } from '../../../src/domain/cutlist/matchStock'
import type { CutPart, PartSize, StockItem } from '../../../src/domain/cutlist/types'
import { sceneOf } from './planChecks'

const TOL = 0.1

function part(stock: StockKind, size: PartSize, extra: Partial<CutPart> = {}): CutPart {
  return {
    tag: 'A',
    stock,
    label: 'Part',
    props: 'Prop',
    material: 'balsa',
    size,
    count: 1,
    grain: size.shape === 'flat' && !stock.startsWith('styrene') ? 'length' : 'none',
    ...extra,
  }
}

const board = (stock: StockKind, thicknessMm: number, widthMm = 10, lengthMm = 50) =>
  part(stock, { shape: 'flat', thicknessMm, widthMm, lengthMm })
const round = (stock: StockKind, diameterMm: number, label = 'Part') =>
  part(stock, { shape: 'length', diameterMm, lengthMm: 50 }, { label })

const balsaSheet = (thicknessMm: number, price = 2): StockItem => ({
  id: `sheet-${thicknessMm}`,
  form: 'sheet',
  stock: 'balsa-sheet',
  name: `Balsa ${thicknessMm}`,
  thicknessMm,
  widthMm: 100,
  lengthMm: 1000,
  price,
})
const rod = (widthMm: number): StockItem => ({
  id: `rod-${widthMm}`,
  form: 'bar',
  stock: 'styrene-rod',
  name: `Rod ${widthMm}`,
  thicknessMm: widthMm,
  widthMm,
  lengthMm: 350,
  price: 1,
})

function expectForm<F extends Supply['form']>(supply: Supply, form: F): Extract<Supply, { form: F }> {
  expect(supply.form).toBe(form)
  return supply as Extract<Supply, { form: F }>
}

const ids = (supply: Supply) => ('items' in supply ? supply.items.map((i) => i.id) : [])

describe('matchStock: sheet thickness', () => {
  const stock = [1, 2, 3].map((t) => balsaSheet(t))

  it('takes the exact thickness without a note', () => {
    const supply = expectForm(matchStock(board('balsa-sheet', 2), stock, TOL), 'sheet')
    expect(supply).toMatchObject({ thicknessMm: 2, grained: true, title: 'Balsa sheet 2 mm' })
    expect(supply.note).toBeUndefined()
    expect(ids(supply)).toEqual(['sheet-2'])
  })

  it('takes a thickness within the tolerance as exact', () => {
    const supply = expectForm(matchStock(board('balsa-sheet', 2.05), stock, TOL), 'sheet')
    expect(supply.thicknessMm).toBe(2)
    expect(supply.note).toBeUndefined()
  })

  it('takes the next thicker sheet with a note to sand it down', () => {
    const supply = expectForm(matchStock(board('balsa-sheet', 1.5), stock, TOL), 'sheet')
    expect(supply).toMatchObject({ thicknessMm: 2, note: 'sand to 1.5 mm from 2 mm', key: 'balsa-sheet|2' })
  })

  it('says why when nothing is thick enough', () => {
    expect(matchStock(board('balsa-sheet', 5), stock, TOL)).toEqual({
      form: 'none',
      reason: 'no balsa sheet 5 mm or thicker in the stock list',
    })
  })

  it('never offers a sheet thinner than the part by the tolerance or more', () => {
    // 1.56 is the thinnest sheet over 1.65 - 0.1; 1.48 is within 0.1 of 1.56 but 0.17 under the part.
    const supply = matchStock(board('balsa-sheet', 1.65), [balsaSheet(1.48), balsaSheet(1.56)], TOL)
    const sheet = expectForm(supply, 'sheet')
    for (const item of sheet.items) expect(item.thicknessMm).toBeGreaterThan(1.65 - TOL)
  })

  it('never offers the 1.5 mm sheet for the default 1.6 mm balsa sheet', () => {
    const sheet = expectForm(matchStock(board('balsa-sheet', 1.6), DEFAULT_STOCK, TOL), 'sheet')
    expect(ids(sheet)).not.toContain('balsa-sheet-1.5mm-100x1000')
  })

  it('cuts styrene from styrene sheet, which has no grain', () => {
    const sheet = expectForm(matchStock(board('styrene-sheet', 0.5), DEFAULT_STOCK, TOL), 'sheet')
    expect(sheet.grained).toBe(false)
    expect(sheet.items.every((i) => i.stock === 'styrene-sheet')).toBe(true)
    expect(sheet.items.map((i) => i.thicknessMm)).toContain(0.5)
  })
})

describe('matchStock: strips', () => {
  it('matches a strip by its section', () => {
    const bar = expectForm(matchStock(board('balsa-strip', 2, 3), DEFAULT_STOCK, TOL), 'bar')
    expect(ids(bar)).toEqual(['balsa-strip-2x3mm'])
    expect(bar.title).toBe('Balsa strip 2 × 3 mm')
  })

  it('matches the section either way round', () => {
    const flat = matchStock(board('balsa-strip', 2, 3), DEFAULT_STOCK, TOL)
    const edge = matchStock(board('balsa-strip', 3, 2), DEFAULT_STOCK, TOL)
    expect(edge).toEqual(flat)
  })

  it('rips a section no one sells from balsa sheet of its thickness, keeping the grain', () => {
    const sheet = expectForm(matchStock(board('balsa-strip', 1.5, 6), DEFAULT_STOCK, TOL), 'sheet')
    expect(sheet).toMatchObject({ thicknessMm: 1.5, grained: true })
    expect(sheet.items.every((i) => i.stock === 'balsa-sheet')).toBe(true)
  })

  it('rips with a sanding note when the thickness is not sold either', () => {
    const sheet = expectForm(matchStock(board('balsa-strip', 1.5, 7), [balsaSheet(2)], TOL), 'sheet')
    expect(sheet.note).toBe('sand to 1.5 mm from 2 mm')
  })
})

describe('matchStock: round and profile stock', () => {
  it('takes the nearest size at or over the diameter, noting an oversize', () => {
    const exact = expectForm(matchStock(round('metal-tube', 4), DEFAULT_STOCK, TOL), 'bar')
    expect(exact.note).toBeUndefined()
    expect(exact.items.every((i) => Math.abs(i.widthMm - 4) < 0.1)).toBe(true)

    const over = expectForm(matchStock(round('metal-tube', 3.3), DEFAULT_STOCK, TOL), 'bar')
    expect(ids(over)).toEqual(['brass-tube-3.5mm'])
    expect(over.note).toBe('3.5 mm stock for a 3.3 mm part')
  })

  it('allows stock up to 1.25 times the diameter and no more', () => {
    expect(ids(matchStock(round('styrene-rod', 4), [rod(5)], TOL))).toEqual(['rod-5'])
    expect(matchStock(round('styrene-rod', 3.9), [rod(5)], TOL)).toEqual({
      form: 'none',
      reason: 'no styrene rod near 3.9 mm in the stock list',
    })
    // A thin part may still take stock one tolerance over, even past 1.25 times.
    expect(ids(matchStock(round('styrene-rod', 0.3), [rod(0.38)], TOL))).toEqual(['rod-0.38'])
  })

  it('says why when no tube is near the diameter', () => {
    expect(matchStock(round('metal-tube', 20), DEFAULT_STOCK, TOL)).toEqual({
      form: 'none',
      reason: 'no metal tube near 20 mm in the stock list',
    })
  })

  it('takes balsa dowel when one is near, styrene rod when none is', () => {
    const dowel = expectForm(matchStock(round('balsa-dowel', 3), DEFAULT_STOCK, TOL), 'bar')
    expect(ids(dowel)).toEqual(['balsa-dowel-3mm'])

    const rung = expectForm(matchStock(round('balsa-dowel', 1.02), DEFAULT_STOCK, TOL), 'bar')
    expect(ids(rung)).toEqual(['styrene-rod-40'])
    expect(rung.title).toBe('Styrene rod 1 mm')
    expect(rung.note).toBe('styrene rod in place of balsa dowel')

    // The ladder's default 0.9 mm rung.
    const thin = expectForm(matchStock(round('balsa-dowel', 0.9), DEFAULT_STOCK, TOL), 'bar')
    expect(thin.items.every((i) => i.stock === 'styrene-rod')).toBe(true)
  })

  it('reports a dowel too thick for any dowel or rod', () => {
    expect(matchStock(round('balsa-dowel', 30), DEFAULT_STOCK, TOL)).toMatchObject({ form: 'none' })
  })

  it('cuts an I-beam from I-beam stock and an angle from angle stock', () => {
    const beam = expectForm(
      matchStock(round('styrene-profile', 2, 'I-beam profile'), DEFAULT_STOCK, TOL),
      'bar',
    )
    expect(ids(beam)).toEqual(['styrene-i-beam-80'])
    expect(beam.title).toBe('I-beam styrene profile 2 mm')
    const angle = expectForm(
      matchStock(round('styrene-profile', 2, 'Angle profile'), DEFAULT_STOCK, TOL),
      'bar',
    )
    expect(ids(angle)).toEqual(['styrene-angle-80'])
    expect(angle.key).not.toBe(beam.key)
  })

  it('cuts an angle-iron prop from angle stock even beside an I-beam of the same size', () => {
    // I-beam 2 mm high and 80 long; the default angle iron has 2 mm legs and is 80 long.
    const parts = collectParts(
      sceneOf({ kind: 'rust.i-beam', params: { heightMm: 2, lengthMm: 80 } }, { kind: 'rust.angle-iron' }),
      TOL,
    )
    const supplies = parts.map((p) => matchStock(p, DEFAULT_STOCK, TOL))
    const names = supplies.flatMap((s) => ('items' in s ? s.items.map((i) => i.name) : []))
    expect(names.some((n) => n.includes('I-beam'))).toBe(true)
    expect(names.some((n) => n.includes('angle'))).toBe(true)
  })
})

describe('matchStock: bulk', () => {
  const area = part('kitchen-foil', { shape: 'area', areaMm2: 5000 }, { material: 'foil' })
  const volume = part('plaster', { shape: 'volume', volumeMm3: 5000 }, { material: 'plaster' })

  it('buys foil by the roll and plaster by the bag', () => {
    const foil = expectForm(matchStock(area, DEFAULT_STOCK, TOL), 'roll')
    expect(ids(foil)).toEqual(['foil-300x7600', 'foil-450x22800'])
    const plaster = expectForm(matchStock(volume, DEFAULT_STOCK, TOL), 'bag')
    expect(ids(plaster)).toEqual(['plaster-1kg', 'plaster-2.5kg'])
  })

  it('says why when the stock list has none', () => {
    const noBulk = DEFAULT_STOCK.filter((s) => s.form !== 'roll' && s.form !== 'bag')
    expect(matchStock(area, noBulk, TOL)).toEqual({
      form: 'none',
      reason: 'no kitchen foil in the stock list',
    })
    expect(matchStock(volume, noBulk, TOL)).toEqual({ form: 'none', reason: 'no plaster in the stock list' })
  })
})
