import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64url, toBase64url } from '../../../src/domain/sharelink/base64url'
import { BitReader, BitWriter, LinkDamage, unzigzag, zigzag } from '../../../src/domain/sharelink/bitstream'
import { readColumn, readSubset, writeColumn, writeSubset } from '../../../src/domain/sharelink/columns'

const reader = (w: BitWriter) => new BitReader(w.finish())
const damage = (read: () => unknown): string => {
  try {
    read()
  } catch (e) {
    if (e instanceof LinkDamage) return e.reason
    throw e
  }
  throw new Error('expected LinkDamage')
}
// Columns hold the link's fields, all far inside +-2^40 (the reader allows headers up to 2^50).
const safeInt = fc.integer({ min: -(2 ** 40), max: 2 ** 40 })

describe('bit stream', () => {
  it('writes Exp-Golomb numbers as the format defines them: 0 -> 1, 1 -> 010, 2 -> 011, 3 -> 00100', () => {
    const w = new BitWriter()
    for (const u of [0, 1, 2, 3]) w.uint(u)
    // 1 010 011 00100 + padding = 1010 0110 0100 0000
    expect([...w.finish()]).toEqual([0b10100110, 0b01000000])
  })

  it('zigzags 0, -1, 1, -2, 2 to 0, 1, 2, 3, 4', () => {
    expect([0, -1, 1, -2, 2].map(zigzag)).toEqual([0, 1, 2, 3, 4])
    expect([0, 1, 2, 3, 4].map(unzigzag)).toEqual([0, -1, 1, -2, 2])
  })

  it('round-trips fields, numbers up to 2^53 - 2 and texts (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({
              t: fc.constant('int' as const),
              v: fc.integer({ min: -(2 ** 51), max: 2 ** 51 }),
            }),
            fc.record({
              t: fc.constant('uint' as const),
              v: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER - 1 }),
            }),
            fc.integer({ min: 0, max: 53 }).chain((n) =>
              fc.record({
                t: fc.constant('bits' as const),
                n: fc.constant(n),
                v: fc.integer({ min: 0, max: 2 ** Math.min(n, 30) - 1 }),
              }),
            ),
          ),
        ),
        fc.array(fc.string({ unit: 'grapheme' })),
        (fields, texts) => {
          const w = new BitWriter()
          for (const f of fields) {
            if (f.t === 'bits') w.bits(f.v, f.n)
            else if (f.t === 'int') w.int(f.v)
            else w.uint(f.v)
          }
          w.align()
          for (const t of texts) w.text(t)
          const r = reader(w)
          for (const f of fields)
            expect(f.t === 'bits' ? r.bits(f.n) : f.t === 'int' ? r.int(2 ** 52) : r.uint()).toBe(f.v)
          r.align()
          for (const t of texts) expect(r.text(1e6)).toBe(t)
          r.end()
        },
      ),
    )
  })

  it('reports a cut-off stream, an oversized number and bad UTF-8 as damage, never a crash', () => {
    expect(damage(() => new BitReader(new Uint8Array([0])).uint())).toBe('it ends too early')
    expect(damage(() => new BitReader(new Uint8Array(8)).uint())).toBe('a number is too long')
    expect(damage(() => new BitReader(new Uint8Array([0b00011110])).uint(10))).toBe(
      'a number is out of range (14 > 10)',
    )
    expect(damage(() => new BitReader(new Uint8Array([2, 0xff, 0xfe])).text(10))).toBe(
      'a text is not valid UTF-8',
    )
    expect(damage(() => new BitReader(new Uint8Array([20, 65])).text(10))).toBe(
      'a text is too long (20 bytes)',
    )
    expect(
      damage(() =>
        new BitReader(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 1])).varint(1e9),
      ),
    ).toBe('a number is too long')
    const padded = new BitReader(new Uint8Array([0b10000001]))
    padded.bits(1)
    expect(damage(() => padded.align())).toBe('it has stray bits')
  })
})

describe('columns and subsets', () => {
  it('round-trip any whole numbers through whichever code the writer picks (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(safeInt, fc.integer({ min: -5, max: 5 }), fc.constant(7)), { maxLength: 300 }),
        (values) => {
          const w = new BitWriter()
          writeColumn(w, values)
          w.uint(42) // what follows is read from the right place
          const r = reader(w)
          expect(readColumn(r, values.length, { min: -(2 ** 50), max: 2 ** 50 })).toEqual(values)
          expect(r.uint()).toBe(42)
        },
      ),
    )
  })

  it('costs little for values that share a step or count up', () => {
    const bits = (values: number[]) => {
      const w = new BitWriter()
      writeColumn(w, values)
      return w.bitLength
    }
    expect(bits(Array.from({ length: 100 }, (_, i) => 1000 * i))).toBeLessThan(150) // millimetres counting up
    expect(bits(Array.from({ length: 100 }, () => 12345))).toBeLessThan(50) // all the same
  })

  it('refuses a value outside the bounds the reader gives', () => {
    const w = new BitWriter()
    writeColumn(w, [1, 2, 300])
    expect(damage(() => readColumn(reader(w), 3, { min: 0, max: 255 }))).toBe(
      'a number is out of range (300)',
    )
  })

  it('round-trips subsets of n (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 500 })
          .chain((n) => fc.tuple(fc.constant(n), fc.subarray(Array.from({ length: n }, (_, i) => i)))),
        ([n, members]) => {
          const w = new BitWriter()
          writeSubset(w, n, members)
          expect(readSubset(reader(w), n)).toEqual(members)
        },
      ),
    )
  })
})

describe('base64url', () => {
  it('agrees with Node (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64url(bytes)
        expect(text).toBe(Buffer.from(bytes).toString('base64url'))
        expect(fromBase64url(text)).toEqual(bytes)
      }),
    )
  })

  it('refuses characters outside the URL-safe alphabet', () => {
    for (const text of ['ab+c', 'ab/c', 'abc=', 'ab c', 'abé'])
      expect(fromBase64url(text), text).toBeUndefined()
  })
})
