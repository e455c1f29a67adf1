import { bitLength, BitReader, BitWriter, expGolombBits, LinkDamage, MAX_BITS, zigzag } from './bitstream'

/**
 * A column is one field of many props (every x, every seed), coded together so the code fits the values:
 * the writer picks whichever of a few simple codes is shortest and says which in a small header.
 * docs/share-link.md "Columns" is the definition; this file must agree with it.
 */

/** A Rice code's unary part is at most this long, which bounds a reader's work per value. */
export const RICE_MAX_QUOTIENT = 63

/** What a reader accepts for one column; a value outside is damage. */
export interface Bounds {
  readonly min: number
  readonly max: number
}

const gcd = (a: number, b: number): number => {
  let x = a
  let y = b
  while (y > 0) {
    const r = x % y
    x = y
    y = r
  }
  return x
}

interface Coding {
  readonly delta: boolean
  readonly lo: number
  readonly step: number
  readonly rice: boolean
  /** Bit width for a fixed-width code, k for a Rice code. */
  readonly width: number
  readonly bits: number
}

/** The cheapest coding of `values` once transformed (plain or differences). */
function cheapest(values: readonly number[], delta: boolean): Coding {
  const d = delta ? values.map((v, i) => v - (i > 0 ? (values[i - 1] ?? 0) : 0)) : values
  const lo = Math.min(...d)
  const step = d.reduce((g, v) => gcd(g, v - lo), 0) || 1
  const u = d.map((v) => (v - lo) / step)
  const maxU = Math.max(...u)
  const header = 1 + expGolombBits(zigzag(lo)) + expGolombBits(step - 1) + 1 + 6
  const fixedWidth = bitLength(maxU)
  let best: Coding = { delta, lo, step, rice: false, width: fixedWidth, bits: header + u.length * fixedWidth }
  // Below this k the largest quotient would pass RICE_MAX_QUOTIENT (63 < 2^6); at or above the fixed width a
  // Rice code costs more per value than the fixed width itself.
  for (let k = Math.max(0, fixedWidth - 6); k < fixedWidth; k++) {
    const scale = 2 ** k
    let bits = header + u.length * (1 + k)
    for (const x of u) bits += Math.floor(x / scale)
    if (bits < best.bits) best = { delta, lo, step, rice: true, width: k, bits }
  }
  return best
}

/** Writes whole numbers (any sign) the reader will read with the same count; nothing for an empty column. */
export function writeColumn(w: BitWriter, values: readonly number[]): void {
  if (values.length === 0) return
  const plain = cheapest(values, false)
  const diffs = values.length > 1 ? cheapest(values, true) : plain
  const c = diffs.bits < plain.bits ? diffs : plain
  const d = c.delta ? values.map((v, i) => v - (i > 0 ? (values[i - 1] ?? 0) : 0)) : values
  w.bit(c.delta)
  w.int(c.lo)
  w.uint(c.step - 1)
  w.bit(c.rice)
  w.bits(c.width, 6)
  for (const v of d) {
    const u = (v - c.lo) / c.step
    if (!c.rice) w.bits(u, c.width)
    else {
      const q = Math.floor(u / 2 ** c.width)
      for (let i = 0; i < q; i++) w.bit(true)
      w.bit(false)
      w.bits(u - q * 2 ** c.width, c.width)
    }
  }
}

/** The largest magnitude a column header may state; beyond it no value we accept could come out. */
const HEADER_LIMIT = 2 ** 50

export function readColumn(r: BitReader, count: number, bounds: Bounds): number[] {
  if (count === 0) return []
  const delta = r.bit()
  const lo = r.int(HEADER_LIMIT)
  const step = r.uint(HEADER_LIMIT) + 1
  const rice = r.bit()
  const width = r.bits(6)
  if (width > MAX_BITS) throw new LinkDamage('a column has a bad code')
  const out: number[] = new Array<number>(count)
  let previous = 0
  for (let i = 0; i < count; i++) {
    const u = rice ? r.ones(RICE_MAX_QUOTIENT) * 2 ** width + r.bits(width) : r.bits(width)
    const d = lo + step * u
    const v = delta ? previous + d : d
    if (!Number.isSafeInteger(v) || v < bounds.min || v > bounds.max)
      throw new LinkDamage(`a number is out of range (${v})`)
    out[i] = previous = v
  }
  return out
}

/**
 * Which of n props have something (a name, a tilt): how many, then the gaps between their indices as a
 * column, so a rare flag costs a few bits per member instead of one bit per prop.
 */
export function writeSubset(w: BitWriter, n: number, members: readonly number[]): void {
  w.uint(members.length)
  if (members.length === 0 || members.length === n) return
  writeColumn(
    w,
    members.map((m, i) => m - (i > 0 ? (members[i - 1] ?? 0) + 1 : 0)),
  )
}

/** The sorted member indices of a subset of n. */
export function readSubset(r: BitReader, n: number): number[] {
  const count = r.uint(n)
  if (count === 0) return []
  if (count === n) return Array.from({ length: n }, (_, i) => i)
  const gaps = readColumn(r, count, { min: 0, max: n - 1 })
  const members: number[] = []
  let next = 0
  for (const gap of gaps) {
    const m = next + gap
    if (m >= n) throw new LinkDamage('a list of props points past the last prop')
    members.push(m)
    next = m + 1
  }
  return members
}
