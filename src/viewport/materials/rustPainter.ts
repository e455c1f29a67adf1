import { Brush, Layers, type Rgb } from './layers'
import { clamp01, fractalField, lattice1D, noiseField, quantile, sample1D, smoothstep } from './noise'
import { applyPaint, chips } from './weathering'

const SEED = 101

const STEEL: Rgb = [132, 132, 130]
const MILL_SCALE: Rgb = [92, 93, 94]
const ORANGE: Rgb = [164, 84, 38]
const OCHRE: Rgb = [160, 110, 58]
const BROWN: Rgb = [114, 56, 29]
const DARK: Rgb = [72, 37, 21]
const PIT: Rgb = [42, 25, 17]

/**
 * Steel weathering to rust. `amount` 0 is bare steel (grey, with darker mill scale); rust patches then spread
 * until at 1 the whole sheet is deep orange-brown, darker where it is oldest, flaky and pitted. Patches are
 * drawn out downwards and runs of rust streak down the texture (v up, as the geometry lays it on walls and
 * drums). Where the sheet is painted, chips show the steel, rusting as soon as there is any rust, and heavy
 * rust lifts the paint.
 */
export function paintRust(size: number, amount: number, painted: boolean, chipping: number): Layers {
  const layers = new Layers(size)
  const { height, rough, metal } = layers
  const n = size * size
  const patch = fractalField(size, SEED, 4, 4, 4, 0.62)
  const hanging = fractalField(size, SEED + 8, 8, 2, 2)
  const runs = fractalField(size, SEED + 1, 24, 1, 2)
  const flake = fractalField(size, SEED + 2, 24, 24, 2)
  const mottle = fractalField(size, SEED + 3, 6, 6, 2)
  const pits = noiseField(size, SEED + 4, 90, 90)
  const mill = fractalField(size, SEED + 5, 4, 4, 2)
  const brushed = noiseField(size, SEED + 6, 6, 160)
  const phase = lattice1D(SEED + 7, 14)
  const cover = new Float32Array(n)
  for (let i = 0; i < n; i++)
    cover[i] =
      0.65 * (patch[i] as number) +
      0.35 * (hanging[i] as number) +
      0.15 * (runs[i] as number) +
      0.18 * (flake[i] as number) +
      0.08 * (pits[i] as number)
  // Rust covers about `amount` of the sheet whatever the noise: a threshold at that quantile.
  const th = amount > 0 ? quantile(cover, 1 - amount ** 0.9) : 1e6
  // How far into a patch a pixel is, 0..1 whatever the amount: the oldest, darkest rust is at the centres.
  const span = Math.max(0.05, quantile(cover, 0.995) - th)
  const chipped = painted ? chips(size, SEED + 50, chipping) : null
  const lift = new Float32Array(n)
  const stain = new Float32Array(n)
  const rust = new Brush()
  for (let y = 0; y < size; y++) {
    const v = y / size
    for (let x = 0; x < size; x++) {
      const i = y * size + x
      const c = cover[i] as number
      const m = mottle[i] as number
      const fl = flake[i] as number
      const chip = chipped ? (chipped.chip[i] as number) : 0
      // Bare steel in a chip rusts as soon as anything rusts.
      const rusty = Math.max(smoothstep(th - 0.025, th + 0.025, c), chip * smoothstep(0, 0.3, amount) * 0.85)
      const deep = clamp01(((c - th) / span) * 0.9 + (amount - 0.5) * 0.5)
      const halo = amount > 0 ? smoothstep(th - 0.16, th - 0.01, c) * (1 - rusty) : 0
      // A run starts sharp under its source and fades as it goes down (v decreasing).
      const t = v * 2 + sample1D(phase, x / size) * 3
      const run =
        smoothstep(0.55, 0.8, runs[i] as number) * (t - Math.floor(t)) ** 1.6 * Math.min(1, amount * 2.5)
      const pit =
        smoothstep(0.74, 0.84, pits[i] as number) * smoothstep(0.3, 0.9, deep) * smoothstep(0.35, 0.7, m)

      rust
        .set(ORANGE)
        .mix(BROWN, smoothstep(0.05, 0.7, deep))
        .mix(DARK, smoothstep(0.6, 1, deep) * (0.15 + 0.55 * m))
        .mix(OCHRE, smoothstep(0.55, 0.8, m) * (1 - deep) * 0.7)
        .mix(DARK, run * 0.35)
      // Flaky scale: lighter crests, darker hollows.
      const scale = 0.86 + 0.28 * fl
      rust.r *= scale
      rust.g *= scale
      rust.b *= scale
      rust.mix(PIT, pit * 0.85)
      layers.color(i, STEEL, 0.93 + 0.1 * (brushed[i] as number))
      layers.mix(i, MILL_SCALE, smoothstep(0.35, 0.65, mill[i] as number))
      layers.mix(i, ORANGE, halo * 0.3 * (0.5 + m))
      layers.mix(i, BROWN, run * 0.55)
      layers.mixBrush(i, rust, rusty)

      height[i] =
        rusty * (0.02 + (fl - 0.5) * 0.07 * (0.4 + deep) - pit * 0.08) + (brushed[i] as number) * 0.002
      const steelRough = 0.45 + 0.15 * (mill[i] as number) + 0.25 * halo + 0.25 * run
      rough[i] = steelRough * (1 - rusty) + rusty * (0.72 + 0.2 * fl + 0.08 * pit)
      // Weathered steel: metal, but dulled; never a mirror.
      metal[i] = (1 - rusty) * (0.75 - 0.3 * halo - 0.4 * run)
      if (chipped) {
        lift[i] = rusty * smoothstep(0.3, 0.9, deep) * smoothstep(0.4, 1, amount)
        stain[i] = Math.min(1, run * 0.8 + (chipped.rim[i] as number) * 0.7 * Math.min(1, amount * 3))
      }
    }
  }
  if (chipped) applyPaint(layers, SEED + 60, chipped, { lift, stain, stainRgb: BROWN })
  return layers
}
