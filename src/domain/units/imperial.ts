import { roundTo } from './vec'

export const MM_PER_INCH = 25.4

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b)
}

/**
 * Model sizes the way imperial stock is sold: to the nearest 1/16 inch, as a reduced fraction
 * ("3/32 in" is 2.4 mm, "1 1/4 in"). Sizes under 1/32 in show in thou (0.020 in is styrene sheet).
 */
export function formatInches(mm: number): string {
  const inches = mm / MM_PER_INCH
  const sign = inches < 0 ? '-' : ''
  const abs = Math.abs(inches)
  if (abs > 0 && abs < 1 / 32) return `${sign}${roundTo(abs * 1000, 0)} thou`
  const sixteenths = Math.round(abs * 16)
  const whole = Math.floor(sixteenths / 16)
  const rest = sixteenths % 16
  if (rest === 0) return `${sign}${whole} in`
  const d = gcd(rest, 16)
  const fraction = `${rest / d}/${16 / d}`
  return `${sign}${whole > 0 ? `${whole} ${fraction}` : fraction} in`
}

/** Real-world lengths in feet and inches ("5 ft 9 in", "8 in"), to the nearest inch. */
export function formatFeet(mm: number): string {
  const totalInches = Math.round(Math.abs(mm) / MM_PER_INCH)
  const sign = mm < 0 && totalInches > 0 ? '-' : ''
  const feet = Math.floor(totalInches / 12)
  const inches = totalInches % 12
  if (feet === 0) return `${sign}${inches} in`
  return inches === 0 ? `${sign}${feet} ft` : `${sign}${feet} ft ${inches} in`
}
