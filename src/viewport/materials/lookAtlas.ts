import * as THREE from 'three'
import type { LookPixels } from './layers'
import { requestLook } from './textureQueue'
import { lookKey, TEXTURE_SIZE, type Look } from './textures'

type Rgb = readonly [number, number, number]

/** Mean colour, roughness and metalness of each look: what it shows until its painted maps arrive. */
export function plainLook(look: Look | null): { color: Rgb; roughness: number; metalness: number } {
  // A painted look's colour map holds "what shows besides paint" in rgb and the paint's share in alpha: all
  // paint (alpha 1, rgb 0) until painted, which the shader turns into the prop's exact colour.
  if (look?.painted) return { color: [0, 0, 0], roughness: 0.55, metalness: 0 }
  switch (look?.surface ?? 'plastic') {
    case 'balsa-side':
      return { color: [205, 182, 142], roughness: 0.78, metalness: 0 }
    case 'balsa-end':
      return { color: [175, 147, 105], roughness: 0.9, metalness: 0 }
    case 'foil':
      return { color: [216, 218, 221], roughness: 0.22, metalness: 1 }
    case 'plaster':
      return { color: [224, 220, 209], roughness: 0.96, metalness: 0 }
    case 'plastic':
      return { color: [232, 232, 228], roughness: 0.38, metalness: 0 }
    case 'rust': {
      const t = look?.rust ?? 0
      const mix = (a: number, b: number) => a + (b - a) * t
      return {
        color: [mix(112, 128), mix(114, 62), mix(118, 32)],
        roughness: mix(0.42, 0.8),
        metalness: 1 - t,
      }
    }
  }
}

/** Layers the atlas starts with, and adds when a scene uses more looks. */
const CAPACITY_STEP = 16
const LAYER_BYTES = TEXTURE_SIZE * TEXTURE_SIZE * 4
/** The look of a clean, unpainted styrene part: it needs no painting, only its plain colour. */
const PLAIN_PLASTIC = 'plain-plastic'

export interface AtlasUniforms {
  readonly lookColor: { value: THREE.DataArrayTexture }
  readonly lookNormal: { value: THREE.DataArrayTexture }
  readonly lookSurface: { value: THREE.DataArrayTexture }
}

/**
 * Every look's three maps (colour, normal, roughness/metalness) as layers of three array textures, so one
 * material, one shader program and one draw call serve every prop: each instance names the layer it reads.
 * A look gets its layer the first time a prop asks for it, filled with its plain colour; the worker paints
 * it and the layer is replaced when the maps arrive.
 *
 * The colour layers are raw sRGB bytes (not decoded by the sampler): the shader adds the prop's paint colour
 * in sRGB, as a painted look's maps are made to be composed (see composePaint), then decodes.
 */
export class LookAtlas {
  readonly uniforms: AtlasUniforms
  private readonly layers = new Map<string, number>()
  private capacity = CAPACITY_STEP

  constructor() {
    this.uniforms = {
      lookColor: { value: arrayTexture(this.capacity) },
      lookNormal: { value: arrayTexture(this.capacity) },
      lookSurface: { value: arrayTexture(this.capacity) },
    }
  }

  /** Looks in use (for the benchmarks and tests). */
  get size(): number {
    return this.layers.size
  }

  /** The layer that holds `look` (null: clean unpainted plastic), allocated and asked for on first use. */
  layerFor(look: Look | null): number {
    const key = look ? lookKey(look) : PLAIN_PLASTIC
    let layer = this.layers.get(key)
    if (layer !== undefined) return layer
    layer = this.layers.size
    this.layers.set(key, layer)
    if (layer >= this.capacity) this.grow(this.capacity + CAPACITY_STEP)
    this.fillPlain(layer, look)
    if (look) {
      const at = layer
      requestLook(look, (maps) => this.write(at, maps))
    }
    return layer
  }

  private fillPlain(layer: number, look: Look | null): void {
    const p = plainLook(look)
    const alpha = look?.painted ? 255 : 0
    fill(this.uniforms.lookColor.value, layer, [...p.color, alpha])
    fill(this.uniforms.lookNormal.value, layer, [128, 128, 255, 255])
    fill(this.uniforms.lookSurface.value, layer, [255, p.roughness * 255, p.metalness * 255, 255])
  }

  private write(layer: number, maps: LookPixels): void {
    put(this.uniforms.lookColor.value, layer, maps.color.data)
    put(this.uniforms.lookNormal.value, layer, maps.normal.data)
    put(this.uniforms.lookSurface.value, layer, maps.surface.data)
  }

  private grow(capacity: number): void {
    for (const uniform of Object.values(this.uniforms) as { value: THREE.DataArrayTexture }[]) {
      const old = uniform.value
      const next = arrayTexture(capacity)
      ;(next.image.data as Uint8Array).set(old.image.data as Uint8Array)
      uniform.value = next
      old.dispose()
    }
    this.capacity = capacity
  }

  /** Frees the GPU copies; drawn again, the textures upload whole. */
  dispose(): void {
    for (const uniform of Object.values(this.uniforms) as { value: THREE.DataArrayTexture }[]) {
      uniform.value.dispose()
      uniform.value.userData.uploaded = false
      uniform.value.clearLayerUpdates()
      uniform.value.needsUpdate = true
    }
  }
}

function arrayTexture(layers: number): THREE.DataArrayTexture {
  const texture = new THREE.DataArrayTexture(
    new Uint8Array(LAYER_BYTES * layers),
    TEXTURE_SIZE,
    TEXTURE_SIZE,
    layers,
  )
  texture.colorSpace = THREE.NoColorSpace
  texture.wrapS = texture.wrapT = THREE.RepeatWrapping
  texture.magFilter = THREE.LinearFilter
  texture.minFilter = THREE.LinearMipmapLinearFilter
  texture.generateMipmaps = true
  texture.anisotropy = 4
  texture.needsUpdate = true
  texture.onUpdate = () => {
    texture.userData.uploaded = true
  }
  return texture
}

function fill(texture: THREE.DataArrayTexture, layer: number, rgba: readonly number[]): void {
  const data = texture.image.data as Uint8Array
  const [r = 0, g = 0, b = 0, a = 0] = rgba.map(Math.round)
  // One pixel, then doubling copies: a 256 x 256 layer in a few memcpy calls.
  const start = layer * LAYER_BYTES
  data[start] = r
  data[start + 1] = g
  data[start + 2] = b
  data[start + 3] = a
  for (let filled = 4; filled < LAYER_BYTES; filled *= 2)
    data.copyWithin(start + filled, start, start + Math.min(filled, LAYER_BYTES - filled))
  markLayer(texture, layer)
}

function put(texture: THREE.DataArrayTexture, layer: number, pixels: Uint8Array): void {
  ;(texture.image.data as Uint8Array).set(pixels, layer * LAYER_BYTES)
  markLayer(texture, layer)
}

/** Uploads just that layer, unless the texture has never been uploaded: then all of it goes up at once. */
function markLayer(texture: THREE.DataArrayTexture, layer: number): void {
  if (texture.userData.uploaded) texture.addLayerUpdate(layer)
  texture.needsUpdate = true
}
