import { Layers, type Rgb } from './layers'
import { fractalField, hash01, lattice1D, noiseField, sample1D, smoothstep } from './noise'

const SEED = 17

/** Sheet balsa: a pale warm cream, never white; latewood lines and vessels a tan brown. */
const CREAM: Rgb = [212, 184, 136]
const LINE: Rgb = [170, 134, 88]
const VESSEL: Rgb = [142, 110, 72]

/**
 * Side grain, running along u (the geometry puts u along the grain): fine straight lines a quarter of a mm
 * apart, wider soft bands, short dark vessel dashes, and a slow drift of colour across the board. The grain
 * wanders a little but never crosses the board: balsa is straight-grained.
 */
export function paintBalsaSide(size: number): Layers {
  const layers = new Layers(size)
  const { height, rough } = layers
  const fine = lattice1D(SEED, 128)
  const bands = lattice1D(SEED + 1, 20)
  const wander = noiseField(size, SEED + 2, 2, 6)
  const fade = noiseField(size, SEED + 3, 8, 48)
  const drift = fractalField(size, SEED + 4, 1, 3, 2)
  const vessels = noiseField(size, SEED + 5, 40, 160)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = y * size + x
      const v = y / size + ((wander[i] as number) - 0.5) * 0.03
      const line = smoothstep(0.55, 0.85, sample1D(fine, v)) * (0.3 + 0.9 * (fade[i] as number))
      const band = smoothstep(0.25, 0.85, sample1D(bands, v))
      const vessel = smoothstep(0.84, 0.92, vessels[i] as number)
      const speck = hash01(x, y, SEED) * 0.04
      layers.color(i, CREAM, 0.94 + (drift[i] as number) * 0.1 - speck)
      layers.mix(i, LINE, line * 0.45 + band * 0.22)
      layers.mix(i, VESSEL, vessel * 0.55)
      height[i] = -0.012 * line - 0.006 * band - 0.03 * vessel
      rough[i] = 0.74 + 0.08 * line + 0.12 * vessel
    }
  return layers
}

const END: Rgb = [184, 152, 106]
const RING: Rgb = [160, 126, 84]
const PORE: Rgb = [104, 80, 52]

/**
 * End grain: the cut face is darker and duller, peppered with open pores, crossed by faint growth rings
 * (bands along u, bowed a little, as seen on a board sawn from the log) and finer rays across them.
 */
export function paintBalsaEnd(size: number): Layers {
  const layers = new Layers(size)
  const { height, rough } = layers
  const warp = noiseField(size, SEED + 10, 3, 3)
  const pores = noiseField(size, SEED + 11, 110, 110)
  const rays = noiseField(size, SEED + 12, 80, 3)
  const RINGS = 6
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = y * size + x
      const u = x / size
      const ringPos = y / size + 0.03 * Math.sin(2 * Math.PI * u) + ((warp[i] as number) - 0.5) * 0.06
      const t = ringPos * RINGS - Math.floor(ringPos * RINGS)
      const ring = t ** 4
      // Fine open pores, a pixel (1/8 mm) each, and the odd larger vessel.
      const pore = Math.max(
        smoothstep(0.8, 0.88, pores[i] as number) * 0.6,
        hash01(x, y, SEED + 13) > 0.9 ? 0.5 : 0,
      )
      const ray = smoothstep(0.7, 0.85, rays[i] as number)
      layers.color(i, END, 0.96 + 0.06 * ray)
      layers.mix(i, RING, ring * 0.6)
      layers.mix(i, PORE, pore * 0.45)
      height[i] = -0.025 * pore - 0.01 * ring
      rough[i] = 0.88 + 0.08 * pore
    }
  return layers
}
