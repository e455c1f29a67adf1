/** RGBA pixels of a square texture, painted off the main thread and uploaded as a DataTexture. */
export interface Pixels {
  readonly size: number
  readonly data: Uint8Array
}

/**
 * The three maps every material has, so that every material shares one shader program:
 * colour (sRGB; alpha = paint share, see composePaint), tangent-space normal, and surface (G roughness,
 * B metalness, as three's roughnessMap and metalnessMap read them from one texture).
 */
export interface LookPixels {
  readonly color: Pixels
  readonly normal: Pixels
  readonly surface: Pixels
}

/**
 * A look while it is painted, one float per pixel per layer: colour in sRGB 0..1, height in model mm (turned
 * into the normal map), roughness and metalness 0..1, and the share of the final colour that is paint.
 */
export class Layers {
  readonly r: Float32Array
  readonly g: Float32Array
  readonly b: Float32Array
  readonly height: Float32Array
  readonly rough: Float32Array
  readonly metal: Float32Array
  readonly paint: Float32Array
  /** Slopes added to the height's own (dh/du, dh/dv per mm): facets whose edges are creases, not steps. */
  readonly slopeU: Float32Array
  readonly slopeV: Float32Array

  constructor(readonly size: number) {
    const n = size * size
    this.r = new Float32Array(n)
    this.g = new Float32Array(n)
    this.b = new Float32Array(n)
    this.height = new Float32Array(n)
    this.rough = new Float32Array(n)
    this.metal = new Float32Array(n)
    this.paint = new Float32Array(n)
    this.slopeU = new Float32Array(n)
    this.slopeV = new Float32Array(n)
  }

  /** Sets pixel i's colour from a 0..255 sRGB triple scaled by `shade`. */
  color(i: number, rgb: Rgb, shade = 1): void {
    this.r[i] = (rgb[0] / 255) * shade
    this.g[i] = (rgb[1] / 255) * shade
    this.b[i] = (rgb[2] / 255) * shade
  }

  /** Mixes pixel i's colour towards a 0..255 sRGB triple by t. */
  mix(i: number, rgb: Rgb, t: number): void {
    const r = this.r[i] as number
    const g = this.g[i] as number
    const b = this.b[i] as number
    this.r[i] = r + (rgb[0] / 255 - r) * t
    this.g[i] = g + (rgb[1] / 255 - g) * t
    this.b[i] = b + (rgb[2] / 255 - b) * t
  }

  /** Mixes pixel i's colour towards the brush's colour by t. */
  mixBrush(i: number, brush: Brush, t: number): void {
    const r = this.r[i] as number
    const g = this.g[i] as number
    const b = this.b[i] as number
    this.r[i] = r + (brush.r / 255 - r) * t
    this.g[i] = g + (brush.g / 255 - g) * t
    this.b[i] = b + (brush.b / 255 - b) * t
  }
}

export type Rgb = readonly [number, number, number]

/** A colour being mixed for one pixel (0..255 sRGB), reused from pixel to pixel so nothing is allocated. */
export class Brush {
  r = 0
  g = 0
  b = 0

  set(rgb: Rgb): this {
    this.r = rgb[0]
    this.g = rgb[1]
    this.b = rgb[2]
    return this
  }

  mix(rgb: Rgb, t: number): this {
    this.r += (rgb[0] - this.r) * t
    this.g += (rgb[1] - this.g) * t
    this.b += (rgb[2] - this.b) * t
    return this
  }
}

const byte = (x: number) => (x <= 0 ? 0 : x >= 1 ? 255 : Math.round(x * 255))

/** Packs the layers into the three maps; `mmPerPixel` turns height steps into true slopes. */
export function toPixels(layers: Layers, mmPerPixel: number): LookPixels {
  const { size, r, g, b, height, rough, metal, paint, slopeU, slopeV } = layers
  const n = size * size
  const color = new Uint8Array(n * 4)
  const normal = new Uint8Array(n * 4)
  const surface = new Uint8Array(n * 4)
  const slope = 1 / (2 * mmPerPixel)
  for (let y = 0; y < size; y++) {
    const up = ((y + 1) % size) * size
    const down = ((y + size - 1) % size) * size
    const row = y * size
    for (let x = 0; x < size; x++) {
      const i = row + x
      const o = i * 4
      color[o] = byte(r[i] as number)
      color[o + 1] = byte(g[i] as number)
      color[o + 2] = byte(b[i] as number)
      color[o + 3] = byte(paint[i] as number)
      // Central differences with wrap-around, in true model-mm slopes; +v is up the texture (OpenGL convention).
      const dx =
        ((height[row + ((x + 1) % size)] as number) - (height[row + ((x + size - 1) % size)] as number)) *
          slope +
        (slopeU[i] as number)
      const dy = ((height[up + x] as number) - (height[down + x] as number)) * slope + (slopeV[i] as number)
      const inv = 1 / Math.sqrt(dx * dx + dy * dy + 1)
      normal[o] = byte(-dx * inv * 0.5 + 0.5)
      normal[o + 1] = byte(-dy * inv * 0.5 + 0.5)
      normal[o + 2] = byte(inv * 0.5 + 0.5)
      normal[o + 3] = 255
      surface[o] = 255
      surface[o + 1] = byte(rough[i] as number)
      surface[o + 2] = byte(metal[i] as number)
      surface[o + 3] = 255
    }
  }
  return { color: { size, data: color }, normal: { size, data: normal }, surface: { size, data: surface } }
}
