import { seededRandom } from '../../domain/random'

/**
 * Tileable noise written straight into square fields (row-major Float32Array, row = v, column = u), so
 * painters run plain loops over typed arrays: no closure or tuple per pixel, which matters in a worker on a
 * slow machine. Every lattice wraps at the texture's edge, so every field tiles.
 */
export type Field = Float32Array

const smooth = (t: number) => t * t * (3 - 2 * t)

export const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x)

export function smoothstep(edge0: number, edge1: number, x: number): number {
  return smooth(clamp01((x - edge0) / (edge1 - edge0)))
}

/** White noise 0..1 from an integer point: per-pixel speckle that is the same on every screen. */
export function hash01(x: number, y: number, seed: number): number {
  let h = Math.imul(x, 0x27d4eb2d) ^ Math.imul(y, 0x165667b1) ^ Math.imul(seed, 0x3c6ef372)
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296
}

/** Lattice cell and smoothed fraction of each pixel along one axis. */
function axis(size: number, cells: number) {
  const lo = new Int32Array(size)
  const hi = new Int32Array(size)
  const f = new Float32Array(size)
  for (let p = 0; p < size; p++) {
    const x = (p * cells) / size
    const i = Math.floor(x)
    lo[p] = i % cells
    hi[p] = (i + 1) % cells
    f[p] = smooth(x - i)
  }
  return { lo, hi, f }
}

/**
 * Adds `weight` x value noise (0..1) on a cellsU x cellsV lattice to `out`. Unequal cell counts stretch it:
 * that is how wood grain and rust streaks are made.
 */
export function addNoise(
  out: Field,
  size: number,
  seed: number,
  cellsU: number,
  cellsV = cellsU,
  weight = 1,
): Field {
  const rand = seededRandom(seed)
  const lattice = new Float32Array(cellsU * cellsV)
  for (let i = 0; i < lattice.length; i++) lattice[i] = rand()
  const cu = axis(size, cellsU)
  const cv = axis(size, cellsV)
  for (let y = 0; y < size; y++) {
    const row0 = (cv.lo[y] as number) * cellsU
    const row1 = (cv.hi[y] as number) * cellsU
    const fy = cv.f[y] as number
    for (let x = 0; x < size; x++) {
      const x0 = cu.lo[x] as number
      const x1 = cu.hi[x] as number
      const fx = cu.f[x] as number
      const a = lattice[row0 + x0] as number
      const b = lattice[row0 + x1] as number
      const c = lattice[row1 + x0] as number
      const d = lattice[row1 + x1] as number
      const top = a + (b - a) * fx
      const bottom = c + (d - c) * fx
      const i = y * size + x
      out[i] = (out[i] as number) + weight * (top + (bottom - top) * fy)
    }
  }
  return out
}

export function noiseField(size: number, seed: number, cellsU: number, cellsV = cellsU): Field {
  return addNoise(new Float32Array(size * size), size, seed, cellsU, cellsV)
}

/** Octaves of value noise, 0..1: broad patches with finer detail on top; `gain` weighs each finer octave. */
export function fractalField(
  size: number,
  seed: number,
  cellsU: number,
  cellsV: number,
  octaves: number,
  gain = 0.5,
): Field {
  const out = new Float32Array(size * size)
  let total = 0
  for (let o = 0, w = 1; o < octaves; o++, w *= gain) {
    addNoise(out, size, seed + o * 101, Math.min(size, cellsU << o), Math.min(size, cellsV << o), w)
    total += w
  }
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / total
  return out
}

/** Periodic 1D value noise lattice: sample it with `sample1D` at any t (wraps every 1). */
export function lattice1D(seed: number, cells: number): Float32Array {
  const rand = seededRandom(seed)
  const lattice = new Float32Array(cells)
  for (let i = 0; i < cells; i++) lattice[i] = rand()
  return lattice
}

export function sample1D(lattice: Float32Array, t: number): number {
  const n = lattice.length
  const x = (t - Math.floor(t)) * n
  const i = Math.floor(x)
  const a = lattice[i % n] as number
  const b = lattice[(i + 1) % n] as number
  return a + (b - a) * smooth(x - i)
}

/** The value below which `share` (0..1) of the field lies: turns "rust covers 40 %" into a threshold. */
export function quantile(field: Field, share: number): number {
  let min = Infinity
  let max = -Infinity
  for (const v of field) {
    if (v < min) min = v
    if (v > max) max = v
  }
  if (!(max > min)) return min
  const bins = new Uint32Array(1024)
  const scale = 1023 / (max - min)
  for (const v of field) {
    const bin = Math.floor((v - min) * scale)
    bins[bin] = (bins[bin] as number) + 1
  }
  const target = share * field.length
  let seen = 0
  for (let b = 0; b < bins.length; b++) {
    seen += bins[b] as number
    if (seen >= target) return min + (b + 0.5) / scale
  }
  return max
}

/** A wrap-around box blur (separable, running sums): the local mean that crevices sit below. */
export function blurField(field: Field, size: number, radius: number): Field {
  const tmp = new Float32Array(field.length)
  const out = new Float32Array(field.length)
  const span = 2 * radius + 1
  const wrap = (p: number) => (p + size) % size
  for (let y = 0; y < size; y++) {
    const row = y * size
    let sum = 0
    for (let k = -radius; k <= radius; k++) sum += field[row + wrap(k)] as number
    for (let x = 0; x < size; x++) {
      tmp[row + x] = sum / span
      sum += (field[row + wrap(x + radius + 1)] as number) - (field[row + wrap(x - radius)] as number)
    }
  }
  for (let x = 0; x < size; x++) {
    let sum = 0
    for (let k = -radius; k <= radius; k++) sum += tmp[wrap(k) * size + x] as number
    for (let y = 0; y < size; y++) {
      out[y * size + x] = sum / span
      sum += (tmp[wrap(y + radius + 1) * size + x] as number) - (tmp[wrap(y - radius) * size + x] as number)
    }
  }
  return out
}
