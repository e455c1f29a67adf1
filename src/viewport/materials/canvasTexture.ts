/** RGBA pixels of a square texture, painted off the main thread and uploaded as a DataTexture. */
export interface Pixels {
  readonly size: number
  readonly data: Uint8Array
}

/** Paints a square texture pixel by pixel; `paint` returns RGB 0..255 for texture coordinates u, v in 0..1. */
export function paintPixels(
  size: number,
  paint: (u: number, v: number) => readonly [number, number, number],
): Pixels {
  const data = new Uint8Array(size * size * 4)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const [r, g, b] = paint(x / size, y / size)
      const i = (y * size + x) * 4
      data[i] = r
      data[i + 1] = g
      data[i + 2] = b
      data[i + 3] = 255
    }
  return { size, data }
}

/** A tangent-space normal map from a height function, by central differences. */
export function normalPixels(
  size: number,
  height: (u: number, v: number) => number,
  strength: number,
): Pixels {
  const d = 1 / size
  return paintPixels(size, (u, v) => {
    const dx = (height(u + d, v) - height(u - d, v)) * strength
    const dy = (height(u, v + d) - height(u, v - d)) * strength
    const len = Math.hypot(dx, dy, 1)
    return [((-dx / len) * 0.5 + 0.5) * 255, ((-dy / len) * 0.5 + 0.5) * 255, ((1 / len) * 0.5 + 0.5) * 255]
  })
}
