import { createStore, type StoreApi } from 'zustand/vanilla'
import { DEFAULT_WORKSHOP } from '../domain/cutlist/defaultWorkshop'
import type { EstimateRates, Offcut, StockItem, Workshop } from '../domain/cutlist/types'

/**
 * The maker's workshop for the cut list: stock and prices, offcuts, cutting settings and rates. A preference of
 * this browser, not part of any scene, so never an undo step. The app loads and saves it.
 */
export interface WorkshopState {
  readonly workshop: Workshop
  /** Why the stored workshop could not be read or saved; changes are kept in memory meanwhile. */
  readonly problem: string | undefined

  setPrice(stockId: string, price: number): void
  addStock(item: StockItem): void
  removeStock(stockId: string): void
  addOffcut(offcut: Offcut): void
  removeOffcut(id: string): void
  setCutting(patch: Partial<Pick<Workshop, 'kerfMm' | 'trimMm' | 'mode' | 'toleranceMm' | 'currency'>>): void
  setRate(name: keyof EstimateRates, value: number): void
  resetStock(): void
  setProblem(problem: string | undefined): void
}

export type WorkshopStore = StoreApi<WorkshopState>

export function createWorkshopStore(initial: Workshop = DEFAULT_WORKSHOP): WorkshopStore {
  return createStore<WorkshopState>()((set, get) => {
    const update = (patch: Partial<Workshop>) => set({ workshop: { ...get().workshop, ...patch } })
    return {
      workshop: initial,
      problem: undefined,
      setPrice: (stockId, price) =>
        update({ stock: get().workshop.stock.map((s) => (s.id === stockId ? { ...s, price } : s)) }),
      addStock: (item) => update({ stock: [...get().workshop.stock.filter((s) => s.id !== item.id), item] }),
      removeStock: (stockId) => update({ stock: get().workshop.stock.filter((s) => s.id !== stockId) }),
      addOffcut: (offcut) => update({ offcuts: [...get().workshop.offcuts, offcut] }),
      removeOffcut: (id) => update({ offcuts: get().workshop.offcuts.filter((o) => o.id !== id) }),
      setCutting: (patch) => update(patch),
      setRate: (name, value) => update({ rates: { ...get().workshop.rates, [name]: value } }),
      resetStock: () => update({ stock: DEFAULT_WORKSHOP.stock }),
      setProblem: (problem) => set({ problem }),
    }
  })
}
