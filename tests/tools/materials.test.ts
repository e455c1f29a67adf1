import { describe, expect, it } from 'vitest'
import type { Pixels } from '../../src/viewport/materials/layers'
import { paintLook } from '../../src/viewport/materials/paintLook'
import { composePaint, parsePaint } from '../../src/viewport/materials/paintColor'
import { type Look, lookFor, lookKey } from '../../src/viewport/materials/textures'

/** Small maps keep the suite fast; the painters draw the same patterns at any size. */
const SIZE = 64
const look = (surface: Look['surface'], over: Partial<Look> = {}): Look => ({
  surface,
  rust: 0,
  grime: 0,
  painted: false,
  chipping: 0,
  ...over,
})

function stats(p: Pixels, channel = -1) {
  const n = p.size * p.size
  const mean = [0, 0, 0]
  let sq = 0
  let sum = 0
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < 3; c++) mean[c] = (mean[c] as number) + (p.data[i * 4 + c] as number) / n
    const v =
      channel < 0
        ? (p.data[i * 4] as number) + (p.data[i * 4 + 1] as number)
        : (p.data[i * 4 + channel] as number)
    sum += v
    sq += v * v
  }
  const [r, g, b] = mean as [number, number, number]
  return { r, g, b, lum: (r + g + b) / 3, spread: Math.sqrt(sq / n - (sum / n) ** 2), mean: sum / n }
}

describe('looks: options quantised so props share materials and images', () => {
  it('puts nearby rust amounts, grime and chipping on the same look', () => {
    const a = lookFor('rust', 'side', { seed: 1, rust: 0.41, grime: 0.3, paint: '#112233', chipping: 0.35 })
    const b = lookFor('rust', 'side', { seed: 9, rust: 0.38, grime: 0.36, paint: '#445566', chipping: 0.3 })
    expect(a && lookKey(a)).toBe(b && lookKey(b))
    expect(a).toMatchObject({ rust: 0.4, grime: 1 / 3, painted: true, chipping: 1 / 3 })
  })

  it('keeps rust apart in fifths and ignores what a kind cannot have', () => {
    const rust = (r: number) => lookKey(lookFor('rust', 'side', { seed: 1, rust: r }) as Look)
    expect(rust(0.4)).not.toBe(rust(0.6))
    expect(lookFor('foil', 'side', { seed: 1, paint: '#ff0000', rust: 1 })).toMatchObject({
      painted: false,
      rust: 0,
    })
    expect(lookFor('balsa', 'side', { seed: 1, chipping: 1 })).toMatchObject({ chipping: 0 })
  })

  it('gives balsa end faces their own look and clean plastic none at all', () => {
    expect(lookFor('balsa', 'end', { seed: 1 })?.surface).toBe('balsa-end')
    expect(lookFor('plastic', 'side', { seed: 1 })).toBeNull()
    expect(lookFor('plastic', 'side', { seed: 1, grime: 0.5 })?.surface).toBe('plastic')
  })
})

describe('painters', () => {
  it('are deterministic: the same look paints the same bytes', () => {
    const a = paintLook(look('rust', { rust: 0.6, grime: 1 / 3 }), SIZE)
    const b = paintLook(look('rust', { rust: 0.6, grime: 1 / 3 }), SIZE)
    expect(Buffer.from(a.color.data).equals(Buffer.from(b.color.data))).toBe(true)
    expect(Buffer.from(a.normal.data).equals(Buffer.from(b.normal.data))).toBe(true)
  })

  it('tell balsa, foil and rust apart by colour and variance', () => {
    const balsa = stats(paintLook(look('balsa-side'), SIZE).color)
    const foil = stats(paintLook(look('foil'), SIZE).color)
    const rust = stats(paintLook(look('rust', { rust: 1 }), SIZE).color)
    // Balsa: pale warm cream, not white.
    expect(balsa.r - balsa.b).toBeGreaterThan(40)
    expect(balsa.lum).toBeGreaterThan(140)
    expect(balsa.lum).toBeLessThan(225)
    // Foil: bright and neutral; its detail is in the normal map, which is far from flat.
    expect(Math.abs(foil.r - foil.b)).toBeLessThan(12)
    expect(foil.lum).toBeGreaterThan(190)
    expect(stats(paintLook(look('foil'), SIZE).normal).spread).toBeGreaterThan(20)
    // Deep rust: dark orange-brown.
    expect(rust.r).toBeGreaterThan(rust.g * 1.5)
    expect(rust.g).toBeGreaterThan(rust.b)
    expect(rust.lum).toBeLessThan(balsa.lum - 60)
  })

  it('turns grey steel to orange-brown as rust goes from 0 to 1, rougher and less metallic', () => {
    const at = (rust: number) => paintLook(look('rust', { rust }), SIZE)
    const warmth = [0, 0.4, 0.8, 1].map((r) => {
      const s = stats(at(r).color)
      return s.r / s.b
    })
    expect(warmth[0]).toBeLessThan(1.1)
    for (let i = 1; i < warmth.length; i++) expect(warmth[i]).toBeGreaterThan(warmth[i - 1] as number)
    const bare = at(0).surface
    const rusty = at(1).surface
    expect(stats(rusty, 1).mean).toBeGreaterThan(stats(bare, 1).mean + 40)
    expect(stats(rusty, 2).mean).toBeLessThan(stats(bare, 2).mean - 100)
  })

  it('darkens and roughens with grime', () => {
    const clean = paintLook(look('plaster'), SIZE)
    const filthy = paintLook(look('plaster', { grime: 1 }), SIZE)
    expect(stats(filthy.color).lum).toBeLessThan(stats(clean.color).lum - 20)
    expect(stats(filthy.surface, 1).mean).toBeGreaterThan(stats(clean.surface, 1).mean)
  })

  it('tile: the last column meets the first as smoothly as any two neighbours', () => {
    const { data, size } = paintLook(look('rust', { rust: 0.6 }), SIZE).color
    const step = (a: number, b: number) => {
      let d = 0
      for (let y = 0; y < size; y++)
        for (let c = 0; c < 3; c++)
          d += Math.abs((data[(y * size + a) * 4 + c] as number) - (data[(y * size + b) * 4 + c] as number))
      return d / size
    }
    let inner = 0
    for (let x = 0; x + 1 < size; x++) inner += step(x, x + 1) / (size - 1)
    expect(step(size - 1, 0)).toBeLessThan(inner * 2.5)
  })
})

describe('paint', () => {
  it('leaves chips unpainted, more of them with more chipping', () => {
    const share = (chipping: number) =>
      stats(paintLook(look('rust', { rust: 0.4, painted: true, chipping }), SIZE).color, 3).mean
    expect(share(0)).toBeGreaterThan(200)
    expect(share(1)).toBeLessThan(share(1 / 3) - 30)
  })

  it('composes the exact colour where paint is, and nothing where it is not', () => {
    const layered: Pixels = { size: 1, data: new Uint8Array([10, 20, 30, 255]) }
    expect([...composePaint(layered, [100, 50, 0]).data]).toEqual([110, 70, 30, 255])
    const bare: Pixels = { size: 1, data: new Uint8Array([10, 20, 30, 0]) }
    expect([...composePaint(bare, [100, 50, 0]).data]).toEqual([10, 20, 30, 255])
    expect(parsePaint('#4D5A3A')).toEqual({ hex: '#4d5a3a', rgb: [77, 90, 58] })
    expect(parsePaint('green')).toBeNull()
  })
})
