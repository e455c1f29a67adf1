import * as THREE from 'three'

/** Paints a square texture pixel by pixel; `paint` returns RGB 0..255 for texture coordinates u, v in 0..1. */
export function paintTexture(
  size: number,
  paint: (u: number, v: number) => readonly [number, number, number],
  colorSpace: THREE.ColorSpace = THREE.SRGBColorSpace,
): THREE.Texture {
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
  const texture = new THREE.DataTexture(data, size, size)
  texture.wrapS = texture.wrapT = THREE.RepeatWrapping
  texture.colorSpace = colorSpace
  texture.magFilter = THREE.LinearFilter
  texture.minFilter = THREE.LinearMipmapLinearFilter
  texture.generateMipmaps = true
  texture.anisotropy = 4
  texture.needsUpdate = true
  return texture
}

/** A tangent-space normal map from a height function, by central differences. */
export function normalMapFromHeight(size: number, height: (u: number, v: number) => number, strength: number): THREE.Texture {
  const d = 1 / size
  return paintTexture(
    size,
    (u, v) => {
      const dx = (height(u + d, v) - height(u - d, v)) * strength
      const dy = (height(u, v + d) - height(u, v - d)) * strength
      const len = Math.hypot(dx, dy, 1)
      return [((-dx / len) * 0.5 + 0.5) * 255, ((-dy / len) * 0.5 + 0.5) * 255, ((1 / len) * 0.5 + 0.5) * 255]
    },
    THREE.NoColorSpace,
  )
}
