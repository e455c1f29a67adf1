import * as THREE from 'three'
import type { MaterialKind } from '../../domain/catalog/types'
import type { MaterialOptions } from '../../domain/scene/types'
import { requestTexture } from './textureQueue'
import type { TextureRequest } from './textures'

/**
 * Materials are shared: a prop asks for (kind, options) and gets a cached instance keyed by options
 * quantised to a few variants, so memory does not grow per prop.
 */
const cache = new Map<string, THREE.Material>()

function once(key: string, make: () => THREE.Material): THREE.Material {
  let value = cache.get(key)
  if (!value) {
    value = make()
    cache.set(key, value)
  }
  return value
}

/** Starts a material in its plain colour and adds the painted texture when it arrives. */
function withTexture<M extends THREE.MeshStandardMaterial>(
  material: M,
  request: TextureRequest,
  slot: 'map' | 'normalMap',
): M {
  requestTexture(request, (texture) => {
    texture.colorSpace = slot === 'map' ? THREE.SRGBColorSpace : THREE.NoColorSpace
    if (slot === 'map') material.color.set('#ffffff')
    material[slot] = texture
    material.needsUpdate = true
  })
  return material
}

const VARIANTS = 4
const variant = (seed: number) => seed % VARIANTS
const rustLevel = (amount: number | undefined) => Math.round((amount ?? 0.6) * 10) / 10

export type Face = 'side' | 'end'

export function materialFor(
  kind: MaterialKind,
  options: MaterialOptions,
  face: Face = 'side',
): THREE.Material {
  switch (kind) {
    case 'balsa': {
      const v = variant(options.seed)
      return once(`balsa:${face}:${v}`, () => {
        // Slight per-board tint so a stack of strips does not read as one block.
        const material = new THREE.MeshStandardMaterial({ color: '#e3cb9c', roughness: 0.85, metalness: 0 })
        const tint = new THREE.Color().setHSL(0.1, 0.35, 0.76 + v * 0.025)
        requestTexture({ name: face === 'end' ? 'balsa-end' : 'balsa-grain', seed: 17 + v }, (texture) => {
          texture.colorSpace = THREE.SRGBColorSpace
          material.map = texture
          material.color.copy(tint)
          material.needsUpdate = true
        })
        return material
      })
    }
    case 'rust': {
      const level = rustLevel(options.rust)
      const v = variant(options.seed)
      return once(`rust:${level}:${v}`, () =>
        withTexture(
          new THREE.MeshStandardMaterial({
            color: new THREE.Color('#6b6f72').lerp(new THREE.Color('#7a3d1c'), level),
            roughness: 0.45 + level * 0.5,
            metalness: 0.75 - level * 0.6,
            side: THREE.DoubleSide,
          }),
          { name: 'rust', seed: 101 + v, amount: level },
          'map',
        ),
      )
    }
    case 'foil':
      return once('foil', () =>
        withTexture(
          new THREE.MeshStandardMaterial({
            color: '#c9cdd2',
            metalness: 1,
            roughness: 0.38,
            normalScale: new THREE.Vector2(0.7, 0.7),
          }),
          { name: 'foil-crinkle', seed: 7 },
          'normalMap',
        ),
      )
    case 'plaster':
      return once('plaster', () =>
        withTexture(
          new THREE.MeshStandardMaterial({ color: '#ece8de', roughness: 0.95 }),
          { name: 'plaster', seed: 5 },
          'map',
        ),
      )
    case 'plastic':
      return once('plastic', () => new THREE.MeshStandardMaterial({ color: '#e9e9e6', roughness: 0.4 }))
  }
}
