import { seededRandom } from '../../domain/random'

/**
 * Tileable 2D value noise on a lattice of cellsU x cellsV, smoothly interpolated; deterministic from the seed.
 * Unequal cell counts stretch it, which is how wood grain and rust streaks are made.
 */
export function valueNoise(seed: number, cellsU: number, cellsV = cellsU): (u: number, v: number) => number {
  const rand = seededRandom(seed)
  const lattice = Float32Array.from({ length: cellsU * cellsV }, () => rand())
  const wrap = (n: number, m: number) => ((n % m) + m) % m
  const at = (x: number, y: number) => lattice[wrap(y, cellsV) * cellsU + wrap(x, cellsU)] ?? 0
  const smooth = (t: number) => t * t * (3 - 2 * t)
  return (u, v) => {
    const x = u * cellsU
    const y = v * cellsV
    const x0 = Math.floor(x)
    const y0 = Math.floor(y)
    const fx = smooth(x - x0)
    const fy = smooth(y - y0)
    const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx
    const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx
    return top * (1 - fy) + bottom * fy
  }
}

/** Sum of octaves, 0..1: broad patches with finer detail on top. */
export function fractalNoise(
  seed: number,
  cellsU: number,
  octaves: number,
  cellsV = cellsU,
): (u: number, v: number) => number {
  const layers = Array.from({ length: octaves }, (_, i) =>
    valueNoise(seed + i * 101, cellsU * 2 ** i, cellsV * 2 ** i),
  )
  const norm = layers.reduce((sum, _, i) => sum + 0.5 ** i, 0)
  return (u, v) => layers.reduce((sum, layer, i) => sum + layer(u, v) * 0.5 ** i, 0) / norm
}
