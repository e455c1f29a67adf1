import { normalPixels, paintPixels, type Pixels } from './canvasTexture'
import { fractalNoise, valueNoise } from './noise'

/** One texture tile covers this many model millimetres; geometry UVs are in the same unit. */
export const TEXTURE_TILE_MM = 32
const SIZE = 256

type Rgb = readonly [number, number, number]
const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]
const shade = (c: Rgb, f: number): Rgb => [c[0] * f, c[1] * f, c[2] * f]

const BALSA: Rgb = [232, 210, 166]

/** Balsa side grain: fine straight lines along u, slow colour drift along the board. */
export function balsaGrain(seed: number): Pixels {
  const fine = fractalNoise(seed, 2, 3, 96)
  const drift = valueNoise(seed + 7, 3, 5)
  return paintPixels(SIZE, (u, v) => {
    const line = fine(u, v)
    const streak = line > 0.62 ? (line - 0.62) * 1.4 : 0
    return shade(BALSA, 0.93 + drift(u, v) * 0.1 - streak * 0.5 - line * 0.05)
  })
}

/** End grain: the cut face shows pores and growth bands, darker than the sides. */
export function balsaEndGrain(seed: number): Pixels {
  const pores = valueNoise(seed + 3, 128)
  const bands = valueNoise(seed + 5, 4, 48)
  return paintPixels(SIZE, (u, v) => shade(BALSA, 0.78 + bands(u, v) * 0.08 - (pores(u, v) > 0.8 ? 0.12 : 0)))
}

const STEEL: Rgb = [104, 108, 112]
const RUST_LIGHT: Rgb = [148, 74, 36]
const RUST_DARK: Rgb = [66, 36, 22]

/** Rust over steel: patches grow with `amount` (0..1), run into vertical streaks, and pit where deepest. */
export function rustColor(seed: number, amount: number): Pixels {
  const patches = fractalNoise(seed, 4, 4)
  const streaks = fractalNoise(seed + 11, 24, 2, 3)
  const pits = valueNoise(seed + 13, 96)
  return paintPixels(SIZE, (u, v) => {
    const cover = patches(u, v) * 0.75 + streaks(u, v) * 0.35
    const t = Math.min(1, Math.max(0, (amount * 1.25 - cover + 0.25) * 3))
    const rust = mix(
      RUST_LIGHT,
      RUST_DARK,
      Math.min(1, patches(u, v) * 0.6 + streaks(u, v) * 0.35 + (pits(u, v) > 0.85 ? 0.4 : 0)),
    )
    return mix(shade(STEEL, 0.9 + patches(u, v) * 0.2), rust, t)
  })
}

/** Crinkles of crumpled kitchen foil as a normal map: many small facets at every scale. */
export function foilCrinkle(seed: number): Pixels {
  const height = fractalNoise(seed, 8, 4)
  return normalPixels(SIZE, (u, v) => Math.abs(height(u, v) - 0.5) * 2, 14)
}

/** Plaster: chalky white with soft unevenness. */
export function plasterColor(seed: number): Pixels {
  const n = fractalNoise(seed, 6, 3)
  return paintPixels(SIZE, (u, v) => shade([236, 232, 222], 0.9 + n(u, v) * 0.12))
}

/** Every texture by name, so the worker can paint what the main thread asks for. */
export type TextureRequest =
  | { readonly name: 'balsa-grain' | 'balsa-end' | 'foil-crinkle' | 'plaster'; readonly seed: number }
  | { readonly name: 'rust'; readonly seed: number; readonly amount: number }

export function paintRequest(r: TextureRequest): Pixels {
  switch (r.name) {
    case 'balsa-grain':
      return balsaGrain(r.seed)
    case 'balsa-end':
      return balsaEndGrain(r.seed)
    case 'foil-crinkle':
      return foilCrinkle(r.seed)
    case 'plaster':
      return plasterColor(r.seed)
    case 'rust':
      return rustColor(r.seed, r.amount)
  }
}
