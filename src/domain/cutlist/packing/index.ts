/** The packing engine: parts onto sheets (2D), pieces from bars (1D), and the checker both are tested with. */
export { packSheets } from './packSheets'
export { DEFAULT_EFFORT, DEFAULT_LENGTH_EFFORT } from './search'
export { cutLengths } from './cutLengths'
export { validatePacking } from './validatePacking'
export { validateCutLengths } from './validateCutLengths'
export { DEFAULT_KERF_MM } from './normalize'
export type * from './types'
