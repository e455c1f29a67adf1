import type { Pixels } from './layers'

export interface Paint {
  readonly hex: string
  readonly rgb: readonly [number, number, number]
}

/** A '#rrggbb' paint colour, or null for anything else (an unpainted prop). */
export function parsePaint(hex: string | undefined): Paint | null {
  if (!hex || !/^#[0-9a-f]{6}$/i.test(hex)) return null
  const n = parseInt(hex.slice(1), 16)
  return { hex: hex.toLowerCase(), rgb: [(n >> 16) & 255, (n >> 8) & 255, n & 255] }
}

/**
 * A painted look's colour map holds, per pixel, what shows besides paint (rgb) and the share of paint (alpha):
 * the exact colour is added here, a plain loop on the main thread, so a new colour never waits for painting.
 */
export function composePaint(layered: Pixels, rgb: readonly [number, number, number]): Pixels {
  const src = layered.data
  const out = new Uint8Array(src.length)
  const [r, g, b] = rgb
  for (let o = 0; o < src.length; o += 4) {
    const share = (src[o + 3] as number) / 255
    out[o] = Math.min(255, (src[o] as number) + share * r)
    out[o + 1] = Math.min(255, (src[o + 1] as number) + share * g)
    out[o + 2] = Math.min(255, (src[o + 2] as number) + share * b)
    out[o + 3] = 255
  }
  return { size: layered.size, data: out }
}
