import { Layers, type Rgb } from './layers'
import { hash01, noiseField } from './noise'

const SEED = 7
const FOIL: Rgb = [228, 230, 233]

/**
 * One scale of crumpling: a tileable Voronoi pattern of flat facets, each tilted its own way, meeting in sharp
 * creases that rise as a ridge or sink as a valley. Writes slopes (not heights): a facet is a plane, and a
 * plane has no height steps to difference. `cells` facets along a tile; `tilt` the facets' slope spread.
 */
function crumple(
  layers: Layers,
  seed: number,
  cells: number,
  tilt: number,
  creaseSlope: number,
  first: boolean,
) {
  const { size, slopeU, slopeV, height, rough } = layers
  const count = cells * cells
  // Per facet: where its centre sits in its cell, its tilt, its sheen and its brightness.
  const jx = new Float32Array(count)
  const jy = new Float32Array(count)
  const tiltU = new Float32Array(count)
  const tiltV = new Float32Array(count)
  const sheen = new Float32Array(count)
  const bright = new Float32Array(count)
  for (let c = 0; c < count; c++) {
    jx[c] = 0.15 + 0.7 * hash01(c, 1, seed)
    jy[c] = 0.15 + 0.7 * hash01(c, 2, seed)
    tiltU[c] = (hash01(c, 4, seed) - 0.5) * 2 * tilt
    tiltV[c] = (hash01(c, 5, seed) - 0.5) * 2 * tilt
    sheen[c] = hash01(c, 6, seed)
    bright[c] = hash01(c, 7, seed)
  }
  for (let y = 0; y < size; y++) {
    const gy = ((y + 0.5) * cells) / size
    const cy = Math.floor(gy)
    for (let x = 0; x < size; x++) {
      const gx = ((x + 0.5) * cells) / size
      const cx = Math.floor(gx)
      // Nearest and second-nearest facet centres among the 3 x 3 cells around, wrapping at the tile's edge.
      let d1 = Infinity
      let d2 = Infinity
      let id1 = 0
      let id2 = 0
      let p1x = 0
      let p1y = 0
      let p2x = 0
      let p2y = 0
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const ix = cx + dx
          const iy = cy + dy
          const id = ((iy + cells) % cells) * cells + ((ix + cells) % cells)
          const px = ix + (jx[id] as number)
          const py = iy + (jy[id] as number)
          const d = (px - gx) ** 2 + (py - gy) ** 2
          if (d < d1) {
            d2 = d1
            id2 = id1
            p2x = p1x
            p2y = p1y
            d1 = d
            id1 = id
            p1x = px
            p1y = py
          } else if (d < d2) {
            d2 = d
            id2 = id
            p2x = px
            p2y = py
          }
        }
      // Distance to the border between the two facets, and the direction across it.
      let ux = p2x - p1x
      let uy = p2y - p1y
      const len = Math.hypot(ux, uy) || 1
      ux /= len
      uy /= len
      const edge = (p2x - p1x) * 0.5 * ux + (p2y - p1y) * 0.5 * uy - ((gx - p1x) * ux + (gy - p1y) * uy)
      const crease = Math.max(0, 1 - edge / 0.14)
      const lo = Math.min(id1, id2)
      const hi = Math.max(id1, id2)
      const ridge = hash01(lo, hi, seed + 3) > 0.5 ? 1 : -1
      const i = y * size + x
      const s = crease * crease * creaseSlope * ridge
      slopeU[i] = (slopeU[i] as number) + (tiltU[id1] as number) + ux * s
      // Rows run up the texture, so +y is +v.
      slopeV[i] = (slopeV[i] as number) + (tiltV[id1] as number) + uy * s
      height[i] = (height[i] as number) + crease * ridge * 0.03
      // Kitchen foil has a bright side and a dull side; a crumpled piece shows both, facet by facet.
      if (first) {
        const sh = sheen[id1] as number
        rough[i] = 0.12 + 0.22 * sh * sh + 0.1 * crease
        layers.color(i, FOIL, 0.94 + 0.06 * (bright[id1] as number))
      } else rough[i] = (rough[i] as number) + 0.04 * ((sheen[id1] as number) - 0.5)
    }
  }
}

/**
 * Crumpled kitchen foil: big folds a few mm across broken into smaller crinkles, then a fine sparkle of
 * per-pixel dents that catches the light. Highly metallic, mostly smooth, a touch darker in the creases.
 */
export function paintFoil(size: number): Layers {
  const layers = new Layers(size)
  const { slopeU, slopeV, metal, height } = layers
  crumple(layers, SEED, 10, 0.55, 0.8, true)
  crumple(layers, SEED + 20, 26, 0.28, 0.35, false)
  const wrinkle = noiseField(size, SEED + 40, 64, 64)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = y * size + x
      slopeU[i] = (slopeU[i] as number) + (hash01(x, y, SEED + 50) - 0.5) * 0.12
      slopeV[i] = (slopeV[i] as number) + (hash01(x, y, SEED + 51) - 0.5) * 0.12
      const h = height[i] as number
      height[i] = h + Math.abs((wrinkle[i] as number) - 0.5) * 0.01
      const valley = Math.max(0, -h / 0.03)
      const shade = 1 - 0.12 * Math.min(1, valley)
      layers.r[i] = (layers.r[i] as number) * shade
      layers.g[i] = (layers.g[i] as number) * shade
      layers.b[i] = (layers.b[i] as number) * shade
      metal[i] = 1
    }
  return layers
}
