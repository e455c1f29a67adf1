import { createContext, useContext } from 'react'
import type { WorkshopStore } from './workshopStore'

/**
 * Loads the maker's workshop (stock, prices, offcuts, rates) when the cut list first opens. The app provides it,
 * reading and saving browser storage, so the ui never touches storage itself.
 */
export type WorkshopLoader = () => Promise<WorkshopStore>

export const WorkshopContext = createContext<WorkshopLoader | null>(null)

export function useWorkshopLoader(): WorkshopLoader {
  const loader = useContext(WorkshopContext)
  if (!loader) throw new Error('useWorkshopLoader must be used inside <WorkshopContext.Provider>')
  return loader
}
