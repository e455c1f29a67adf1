import * as THREE from 'three'

/** Two RGBA float texels per batch instance; lookMaterial reads them in its vertex shader. */
const TEXELS = 2

/** What one instance of a prop part looks like, beyond its geometry and place. */
export interface InstanceLook {
  /** Atlas layer of its look. */
  readonly layer: number
  /** Weathering variant 0..3: where in the tile it samples. */
  readonly variant: number
  /** The texture turned a quarter (balsa grain across the part, or along a dowel). */
  readonly turned: boolean
  readonly normalScale: number
  /** Paint colour, sRGB 0..1, or black when unpainted. */
  readonly paint: readonly [number, number, number]
  /** Unpainted balsa boards differ a little in colour, by variant. */
  readonly tinted: boolean
}

/**
 * Per-instance look data as a float texture indexed by the batch's instance id:
 * texel 0 = (layer, variant, turned, normal scale), texel 1 = (paint r, g, b, tinted).
 */
export class InstanceLooks {
  readonly uniform: { value: THREE.DataTexture }

  constructor(capacity: number) {
    this.uniform = { value: looksTexture(capacity) }
  }

  set(instance: number, look: InstanceLook): void {
    const data = this.uniform.value.image.data as Float32Array
    const o = instance * TEXELS * 4
    data[o] = look.layer
    data[o + 1] = look.variant
    data[o + 2] = look.turned ? 1 : 0
    data[o + 3] = look.normalScale
    data[o + 4] = look.paint[0]
    data[o + 5] = look.paint[1]
    data[o + 6] = look.paint[2]
    data[o + 7] = look.tinted ? 1 : 0
    this.uniform.value.needsUpdate = true
  }

  /** Room for `capacity` instances, keeping what is there. */
  grow(capacity: number): void {
    const old = this.uniform.value
    const next = looksTexture(capacity)
    ;(next.image.data as Float32Array).set(old.image.data as Float32Array)
    this.uniform.value = next
    old.dispose()
  }

  dispose(): void {
    this.uniform.value.dispose()
  }
}

function looksTexture(capacity: number): THREE.DataTexture {
  // An even width keeps an instance's two texels on one row.
  const width = Math.max(2, Math.ceil(Math.sqrt(capacity * TEXELS) / 2) * 2)
  const height = Math.max(1, Math.ceil((capacity * TEXELS) / width))
  const texture = new THREE.DataTexture(
    new Float32Array(width * height * 4),
    width,
    height,
    THREE.RGBAFormat,
    THREE.FloatType,
  )
  texture.needsUpdate = true
  return texture
}
