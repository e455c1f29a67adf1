import { DEFAULT_KERF_MM } from './packing'
import { DEFAULT_STOCK } from './stockCatalog'
import type { EstimateRates, Workshop } from './types'

/**
 * Minutes per task for a careful hobbyist: a knife cut along a steel rule, sanding and gluing one part, a coat
 * of paint and the weathering layers, each per 100 cm². The maker sets their own.
 */
export const DEFAULT_RATES: EstimateRates = {
  minutesPerCut: 0.5,
  minutesPerPart: 2,
  minutesPerPaintDm2: 6,
  minutesPerWeatheringDm2: 10,
  setupMinutes: 30,
  hourlyRate: 25,
}

export const DEFAULT_WORKSHOP: Workshop = {
  currency: 'USD',
  stock: DEFAULT_STOCK,
  offcuts: [],
  kerfMm: DEFAULT_KERF_MM,
  trimMm: 1,
  mode: 'knife',
  toleranceMm: 0.1,
  rates: DEFAULT_RATES,
}
