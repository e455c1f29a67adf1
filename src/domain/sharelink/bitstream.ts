/**
 * The two halves of a link's payload: a bit stream of numbers (most significant bit first), then, from the
 * next byte boundary, texts as a LEB128 varint byte length and UTF-8. docs/share-link.md defines each code.
 * Numbers up to 2^53 are exact: they are split with arithmetic, and bit operations only ever see pieces of at
 * most 24 bits.
 */

/** Why a payload cannot be read; the codec's edge turns it into "This link is damaged: ...". */
export class LinkDamage extends Error {
  constructor(
    readonly reason: string,
    /** True when the link is well formed but uses something only a newer app knows (a new prop kind). */
    readonly newer = false,
  ) {
    super(reason)
  }
}

/** Exp-Golomb codes and fixed fields never carry more than this many bits: 2^53 is the last exact number. */
export const MAX_BITS = 53

const POW2 = Array.from({ length: MAX_BITS + 1 }, (_, i) => 2 ** i)
const pow2 = (n: number): number => POW2[n] ?? 2 ** n

/** -1 -> 1, 1 -> 2, -2 -> 3: small magnitudes of either sign become small unsigned numbers. */
export const zigzag = (n: number): number => (n < 0 ? -2 * n - 1 : 2 * n)
export const unzigzag = (u: number): number => (u % 2 === 1 ? -(u + 1) / 2 : u / 2)

/** How many bits `u` needs in binary: 0 -> 0, 1 -> 1, 5 -> 3. */
export function bitLength(u: number): number {
  let n = 0
  for (let v = u; v >= 1; v = Math.floor(v / 2)) n++
  return n
}

/** Bits an unsigned number takes as order-0 Exp-Golomb: 0 -> 1, 1..2 -> 3, 3..6 -> 5. */
export const expGolombBits = (u: number): number => 2 * bitLength(u + 1) - 1

export class BitWriter {
  private buf = new Uint8Array(256)
  private bitAt = 0

  private room(bits: number): void {
    const need = (this.bitAt + bits + 7) >> 3
    if (need <= this.buf.length) return
    const next = new Uint8Array(Math.max(this.buf.length * 2, need))
    next.set(this.buf)
    this.buf = next
  }

  /** `u` (0 <= u < 2^n) in exactly n bits, most significant first. */
  bits(u: number, n: number): void {
    if (!(n <= MAX_BITS && u >= 0 && u < pow2(n) && Number.isInteger(u)))
      throw new RangeError(`${u} does not fit in ${n} bits`)
    this.room(n)
    // In pieces of at most 24 bits, so the shifts below stay within 32-bit integers.
    for (let left = n; left > 0;) {
      const take = left < 24 ? left : 24
      left -= take
      this.put(Math.floor(u / pow2(left)) % pow2(take), take)
    }
  }

  private put(chunk: number, n: number): void {
    for (let rem = n; rem > 0;) {
      const byte = this.bitAt >> 3
      const free = 8 - (this.bitAt & 7)
      const k = free < rem ? free : rem
      rem -= k
      this.buf[byte] = (this.buf[byte] ?? 0) | (((chunk >>> rem) & ((1 << k) - 1)) << (free - k))
      this.bitAt += k
    }
  }

  bit(on: boolean): void {
    this.bits(on ? 1 : 0, 1)
  }

  /** Order-0 Exp-Golomb: as many zero bits as u + 1 has bits after its leading one, then u + 1 in binary. */
  uint(u: number): void {
    const len = bitLength(u + 1)
    this.bits(0, len - 1)
    this.bits(u + 1, len)
  }

  int(n: number): void {
    this.uint(zigzag(n))
  }

  /** Pads with zero bits to the next byte boundary; texts follow from there. */
  align(): void {
    this.bitAt = Math.ceil(this.bitAt / 8) * 8
  }

  /** LEB128: 7 bits per byte, low group first, high bit set on every byte but the last. Byte-aligned only. */
  varint(u: number): void {
    let v = u
    while (v >= 0x80) {
      this.bits((v % 0x80) + 0x80, 8)
      v = Math.floor(v / 0x80)
    }
    this.bits(v, 8)
  }

  text(s: string): void {
    const data = new TextEncoder().encode(s)
    this.varint(data.length)
    for (const b of data) this.bits(b, 8)
  }

  get bitLength(): number {
    return this.bitAt
  }

  finish(): Uint8Array {
    return this.buf.slice(0, Math.ceil(this.bitAt / 8))
  }
}

export class BitReader {
  private bitAt = 0
  private readonly decoder = new TextDecoder('utf-8', { fatal: true })

  constructor(private readonly data: Uint8Array) {}

  private get bitsLeft(): number {
    return this.data.length * 8 - this.bitAt
  }

  bits(n: number): number {
    if (n > this.bitsLeft) throw new LinkDamage('it ends too early')
    let u = 0
    for (let rem = n; rem > 0;) {
      const used = this.bitAt & 7
      const k = 8 - used < rem ? 8 - used : rem
      const byte = this.data[this.bitAt >> 3] ?? 0
      u = u * pow2(k) + ((byte >> (8 - used - k)) & ((1 << k) - 1))
      rem -= k
      this.bitAt += k
    }
    return u
  }

  bit(): boolean {
    return this.bits(1) === 1
  }

  /** How many one bits come before the next zero bit, reading that zero too; at most `max`. */
  ones(max: number): number {
    let n = 0
    while (this.bits(1) === 1) if (++n > max) throw new LinkDamage('a number is too long')
    return n
  }

  /** An Exp-Golomb number no larger than `max`, so every count and size is bounded before it is used. */
  uint(max = Number.MAX_SAFE_INTEGER): number {
    let zeros = 0
    while (this.bits(1) === 0) if (++zeros >= MAX_BITS) throw new LinkDamage('a number is too long')
    const u = 2 ** zeros + this.bits(zeros) - 1
    if (u > max) throw new LinkDamage(`a number is out of range (${u} > ${max})`)
    return u
  }

  int(maxMagnitude: number): number {
    const n = unzigzag(this.uint(2 * maxMagnitude))
    if (Math.abs(n) > maxMagnitude) throw new LinkDamage(`a number is out of range (${n})`)
    return n
  }

  /** Skips to the next byte boundary; the skipped bits must be zero (one spelling per link). */
  align(): void {
    const pad = (8 - (this.bitAt & 7)) & 7
    if (this.bits(pad) !== 0) throw new LinkDamage('it has stray bits')
  }

  varint(max: number): number {
    let value = 0
    for (let i = 0, scale = 1; i < 8; i++, scale *= 0x80) {
      const b = this.bits(8)
      value += (b & 0x7f) * scale
      if (b < 0x80) {
        if (value > max) throw new LinkDamage(`a text is too long (${value} bytes)`)
        return value
      }
    }
    throw new LinkDamage('a number is too long')
  }

  text(maxBytes: number): string {
    const length = this.varint(maxBytes)
    if (length * 8 > this.bitsLeft) throw new LinkDamage('it ends too early')
    const start = this.bitAt >> 3
    this.bitAt += length * 8
    try {
      return this.decoder.decode(this.data.subarray(start, start + length))
    } catch {
      throw new LinkDamage('a text is not valid UTF-8')
    }
  }

  /** The payload must end exactly where the last field does. */
  end(): void {
    if (this.bitsLeft > 0) throw new LinkDamage('it has extra data at the end')
  }
}
