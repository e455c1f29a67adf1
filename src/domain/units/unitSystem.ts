import { formatMm, formatPrototype } from './format'
import { formatFeet, formatInches } from './imperial'

/** How the maker reads lengths: metric (mm, m) or imperial (fractions of an inch, feet). Documents stay in mm. */
export type UnitSystem = 'metric' | 'imperial'

/** A model length as the maker prefers it; imperial keeps the millimetres beside, since fields take mm. */
export const formatModel = (mm: number, units: UnitSystem): string =>
  units === 'metric' ? formatMm(mm) : `${formatInches(mm)} (${formatMm(mm)})`

/** A real-world length at full size. */
export const formatReal = (prototypeMm: number, units: UnitSystem): string =>
  units === 'metric' ? formatPrototype(prototypeMm) : formatFeet(prototypeMm)
