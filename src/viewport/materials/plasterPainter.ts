import { Layers, type Rgb } from './layers'
import { fractalField, hash01, noiseField, smoothstep } from './noise'

const SEED = 5
const PLASTER: Rgb = [228, 224, 213]
const DAMP: Rgb = [214, 208, 190]

/**
 * Cast plaster: chalky off-white, unevenly dried in soft patches, with a sandy grain and the odd air bubble
 * opened at the surface. Fully matte.
 */
export function paintPlaster(size: number): Layers {
  const layers = new Layers(size)
  const { height, rough } = layers
  const patches = fractalField(size, SEED, 4, 4, 4, 0.55)
  const grain = noiseField(size, SEED + 1, 96, 96)
  const bubbles = noiseField(size, SEED + 2, 60, 60)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = y * size + x
      const p = patches[i] as number
      const bubble = smoothstep(0.87, 0.93, bubbles[i] as number)
      const sand = hash01(x, y, SEED) - 0.5
      layers.color(i, PLASTER, 0.97 + 0.05 * (grain[i] as number) + 0.03 * sand - 0.14 * bubble)
      layers.mix(i, DAMP, smoothstep(0.5, 0.8, p) * 0.5)
      height[i] = (p - 0.5) * 0.12 + (grain[i] as number) * 0.008 + sand * 0.004 - bubble * 0.08
      rough[i] = 0.93 + 0.07 * (grain[i] as number)
    }
  return layers
}

const STYRENE: Rgb = [232, 232, 228]

/** Styrene: smooth and even with a slight sheen; painted only when grimed or painted over. */
export function paintPlastic(size: number): Layers {
  const layers = new Layers(size)
  const { height, rough } = layers
  const sanding = noiseField(size, SEED + 20, 4, 96)
  for (let i = 0; i < size * size; i++) {
    layers.color(i, STYRENE)
    height[i] = (sanding[i] as number) * 0.002
    rough[i] = 0.36 + 0.06 * (sanding[i] as number)
  }
  return layers
}
