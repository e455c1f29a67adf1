import type { Layers, Rgb } from './layers'
import { blurField, clamp01, type Field, fractalField, addNoise, quantile, smoothstep } from './noise'

/** Where paint has flaked off (1) and the thin rim round each chip where it is lifting. */
export interface Chips {
  readonly chip: Field
  readonly rim: Field
}

/** Flakes from a few mm down to fractions of one; at full chipping about half of the paint is gone. */
export function chips(size: number, seed: number, chipping: number): Chips {
  const n = size * size
  if (chipping <= 0) return { chip: new Float32Array(n), rim: new Float32Array(n) }
  const field = addNoise(fractalField(size, seed, 8, 8, 4, 0.55), size, seed + 5, 48, 48, 0.25)
  const th = quantile(field, 1 - chipping * 0.5)
  const chip = new Float32Array(n)
  const rim = new Float32Array(n)
  for (let i = 0; i < n; i++) {
    const f = field[i] as number
    const c = smoothstep(th - 0.006, th + 0.006, f)
    chip[i] = c
    rim[i] = smoothstep(th - 0.04, th - 0.006, f) * (1 - c)
  }
  return { chip, rim }
}

/** A coat of paint, in model mm: chips show as shallow steps in the normal map. */
const PAINT_MM = 0.02
/** The whitish bloom of paint that has stood in the weather. */
const CHALK = 0.85

export interface PaintExtras {
  /** Paint lost to something under it (heavy rust lifting the coat), 0..1. */
  readonly lift?: Field
  /** Stain over the paint (rust run-off), 0..1, in `stainRgb`. */
  readonly stain?: Field
  readonly stainRgb?: Rgb
}

/**
 * Paints over the layers except where chipped. The paint colour is not known here: the colour layer keeps
 * what shows besides paint (premultiplied) and `paint` the share of paint, so the main thread composes any
 * exact colour as rgb + paint x colour without painting again.
 */
export function applyPaint(
  layers: Layers,
  seed: number,
  { chip, rim }: Chips,
  extras: PaintExtras = {},
): void {
  const { size, r, g, b, rough, metal, height, paint } = layers
  const mottle = fractalField(size, seed, 4, 4, 3)
  const [sr, sg, sb] = extras.stainRgb ?? [0, 0, 0]
  for (let i = 0; i < size * size; i++) {
    const a = (1 - (chip[i] as number)) * (1 - (extras.lift?.[i] ?? 0))
    const m = mottle[i] as number
    const st = extras.stain?.[i] ?? 0
    // Old paint is never one flat colour: it fades chalky in patches and darkens where it lifts at a chip.
    const shade = (0.9 + 0.1 * m) * (1 - 0.35 * (rim[i] as number))
    const chalk = 0.1 * m
    const fade = (1 - st) * chalk * CHALK
    r[i] = (r[i] as number) * (1 - a) + a * (fade + (st * sr) / 255)
    g[i] = (g[i] as number) * (1 - a) + a * (fade + (st * sg) / 255)
    b[i] = (b[i] as number) * (1 - a) + a * (fade + (st * sb) / 255)
    paint[i] = a * (1 - st) * shade * (1 - chalk)
    rough[i] = (rough[i] as number) * (1 - a) + a * (0.5 + 0.15 * m + 0.25 * st)
    metal[i] = (metal[i] as number) * (1 - a)
    height[i] = (height[i] as number) + a * PAINT_MM
  }
}

const DIRT: Rgb = [66, 57, 46]

/**
 * Grime: darker, greyer and rougher, gathered in blotches and in the crevices of the height field (below its
 * local mean), which stands in for the low parts and corners a real model collects dust and oil in.
 */
export function applyGrime(layers: Layers, seed: number, amount: number): void {
  if (amount <= 0) return
  const { size, r, g, b, rough, metal, height, paint } = layers
  const n = size * size
  const blotch = fractalField(size, seed, 3, 3, 4)
  const local = blurField(height, size, 6)
  let sq = 0
  for (let i = 0; i < n; i++) sq += ((local[i] as number) - (height[i] as number)) ** 2
  const spread = Math.sqrt(sq / n) * 2.5 || 1
  const dim = 1 - amount * 0.15
  for (let i = 0; i < n; i++) {
    const cavity = clamp01(0.5 + ((local[i] as number) - (height[i] as number)) / spread)
    const m = clamp01(
      amount * (0.3 + 0.7 * smoothstep(0.3, 0.75, blotch[i] as number)) * (0.4 + 1.2 * cavity),
    )
    const k = m * 0.6
    let rr = (r[i] as number) * (1 - k) + (k * DIRT[0]) / 255
    let gg = (g[i] as number) * (1 - k) + (k * DIRT[1]) / 255
    let bb = (b[i] as number) * (1 - k) + (k * DIRT[2]) / 255
    const grey = 0.3 * rr + 0.59 * gg + 0.11 * bb
    const s = amount * 0.35
    rr += (grey - rr) * s
    gg += (grey - gg) * s
    bb += (grey - bb) * s
    r[i] = rr * dim
    g[i] = gg * dim
    b[i] = bb * dim
    paint[i] = (paint[i] as number) * (1 - k) * dim
    rough[i] = Math.min(1, (rough[i] as number) + m * 0.3)
    metal[i] = (metal[i] as number) * (1 - m * 0.6)
  }
}
