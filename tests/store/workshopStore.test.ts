import { describe, expect, it } from 'vitest'
import { DEFAULT_WORKSHOP } from '../../src/domain/cutlist/defaultWorkshop'
import type { StockItem } from '../../src/domain/cutlist/types'
import { createWorkshopStore } from '../../src/store/workshopStore'

const own: StockItem = {
  id: 'own-1',
  form: 'sheet',
  stock: 'balsa-sheet',
  name: 'Local shop balsa 2 × 80 × 600 mm',
  thicknessMm: 2,
  widthMm: 80,
  lengthMm: 600,
  price: 1.2,
}

describe('the workshop store', () => {
  it('starts from the built-in workshop', () => {
    const store = createWorkshopStore()
    expect(store.getState().workshop).toBe(DEFAULT_WORKSHOP)
    expect(store.getState().problem).toBeUndefined()
  })

  it('changes one price and leaves every other item as it was', () => {
    const store = createWorkshopStore()
    const [first, second] = DEFAULT_WORKSHOP.stock
    store.getState().setPrice(first!.id, 9.99)
    const stock = store.getState().workshop.stock
    expect(stock[0]).toEqual({ ...first, price: 9.99 })
    expect(stock[1]).toBe(second)
    expect(stock).toHaveLength(DEFAULT_WORKSHOP.stock.length)
  })

  it('adds the maker’s own stock, replaces an item with the same id, removes and resets', () => {
    const store = createWorkshopStore()
    const s = () => store.getState()
    s().addStock(own)
    s().addStock({ ...own, price: 1.5 })
    expect(s().workshop.stock.filter((i) => i.id === own.id)).toEqual([{ ...own, price: 1.5 }])
    s().removeStock(own.id)
    s().removeStock(DEFAULT_WORKSHOP.stock[0]!.id)
    expect(s().workshop.stock).toHaveLength(DEFAULT_WORKSHOP.stock.length - 1)
    s().resetStock()
    expect(s().workshop.stock).toBe(DEFAULT_WORKSHOP.stock)
  })

  it('lists and removes offcuts', () => {
    const store = createWorkshopStore()
    const offcut = {
      id: 'o1',
      stock: 'balsa-sheet' as const,
      thicknessMm: 1.5,
      widthMm: 100,
      lengthMm: 200,
      count: 2,
    }
    store.getState().addOffcut(offcut)
    expect(store.getState().workshop.offcuts).toEqual([offcut])
    store.getState().removeOffcut('o1')
    expect(store.getState().workshop.offcuts).toEqual([])
  })

  it('sets cutting options and rates, each as a new workshop object for subscribers', () => {
    const store = createWorkshopStore()
    const seen: unknown[] = []
    store.subscribe((state) => seen.push(state.workshop))
    store.getState().setCutting({ kerfMm: 3, mode: 'guillotine', currency: 'EUR' })
    store.getState().setRate('hourlyRate', 40)
    const w = store.getState().workshop
    expect([w.kerfMm, w.mode, w.currency, w.rates.hourlyRate]).toEqual([3, 'guillotine', 'EUR', 40])
    expect(w.rates.minutesPerCut).toBe(DEFAULT_WORKSHOP.rates.minutesPerCut)
    expect(seen).toHaveLength(2)
    expect(seen[0]).not.toBe(seen[1])
  })

  it('keeps a storage problem until it is cleared', () => {
    const store = createWorkshopStore()
    store.getState().setProblem('storage is full')
    expect(store.getState().problem).toBe('storage is full')
    store.getState().setProblem(undefined)
    expect(store.getState().problem).toBeUndefined()
  })
})
