import * as THREE from 'three'
import type { MaterialKind } from '../../domain/catalog/types'
import type { MaterialOptions } from '../../domain/scene/types'
import { requestTexture } from './textureQueue'
import type { TextureRequest } from './textures'

/**
 * Materials are shared: a prop asks for (kind, options) and gets a cached instance keyed by options
 * quantised to a few variants, so memory does not grow per prop.
 */
const materials = new Map<string, THREE.Material>()

function once(key: string, make: () => THREE.Material): THREE.Material {
  let value = materials.get(key)
  if (!value) {
    value = make()
    materials.set(key, value)
  }
  return value
}

/** Each image is painted once; variants are clones (sharing the GPU image) sampled at another offset. */
const images = new Map<string, { texture?: THREE.Texture; waiting: ((t: THREE.Texture) => void)[] }>()

function whenPainted(request: TextureRequest, apply: (texture: THREE.Texture) => void): void {
  const key = JSON.stringify(request)
  let entry = images.get(key)
  if (!entry) {
    const fresh: { texture?: THREE.Texture; waiting: ((t: THREE.Texture) => void)[] } = { waiting: [] }
    images.set(key, fresh)
    requestTexture(request, (texture) => {
      fresh.texture = texture
      for (const waiting of fresh.waiting.splice(0)) waiting(texture)
    })
    entry = fresh
  }
  if (entry.texture) apply(entry.texture)
  else entry.waiting.push(apply)
}

/** A 1x1 stand-in so the shader already has a map: the painted image then swaps in without a recompile. */
function placeholder(rgb: readonly [number, number, number], colorSpace: THREE.ColorSpace): THREE.Texture {
  const t = new THREE.DataTexture(new Uint8Array([...rgb, 255]), 1, 1)
  t.colorSpace = colorSpace
  t.needsUpdate = true
  return t
}

function textured<M extends THREE.MeshStandardMaterial>(
  material: M,
  slot: 'map' | 'normalMap',
  request: TextureRequest,
  variant: number,
  standIn: readonly [number, number, number],
): M {
  const colorSpace = slot === 'map' ? THREE.SRGBColorSpace : THREE.NoColorSpace
  material[slot] = placeholder(standIn, colorSpace)
  whenPainted(request, (painted) => {
    const texture = painted.clone()
    texture.colorSpace = colorSpace
    texture.offset.set(variant * 0.31, variant * 0.57)
    material[slot] = texture
  })
  return material
}

const VARIANTS = 4
const variant = (seed: number) => seed % VARIANTS
/** Rust in fifths: enough steps to see the difference, few enough images to paint. */
const rustLevel = (amount: number | undefined) => Math.round((amount ?? 0.6) * 5) / 5
const FLAT_NORMAL = [128, 128, 255] as const

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
        // A slight tint per board, so a stack of strips does not read as one block.
        const tint = new THREE.Color().setHSL(0.1, 0.3, 0.84 + v * 0.03)
        const material = new THREE.MeshStandardMaterial({ color: tint, roughness: 0.85, metalness: 0 })
        const request: TextureRequest = { name: face === 'end' ? 'balsa-end' : 'balsa-grain', seed: 17 }
        return textured(material, 'map', request, v, face === 'end' ? [196, 172, 128] : [226, 204, 160])
      })
    }
    case 'rust': {
      const level = rustLevel(options.rust)
      const v = variant(options.seed)
      return once(`rust:${level}:${v}`, () => {
        const material = new THREE.MeshStandardMaterial({
          roughness: 0.45 + level * 0.5,
          metalness: 0.75 - level * 0.6,
          side: THREE.DoubleSide,
        })
        const mean = new THREE.Color('#686c70').lerp(new THREE.Color('#6e3a1e'), level)
        const standIn = [mean.r * 255, mean.g * 255, mean.b * 255] as const
        return textured(material, 'map', { name: 'rust', seed: 101, amount: level }, v, standIn)
      })
    }
    case 'foil':
      return once('foil', () => {
        const material = new THREE.MeshStandardMaterial({
          color: '#c9cdd2',
          metalness: 1,
          roughness: 0.38,
          normalScale: new THREE.Vector2(0.7, 0.7),
        })
        return textured(material, 'normalMap', { name: 'foil-crinkle', seed: 7 }, 0, FLAT_NORMAL)
      })
    case 'plaster':
      return once('plaster', () =>
        textured(
          new THREE.MeshStandardMaterial({ roughness: 0.95 }),
          'map',
          { name: 'plaster', seed: 5 },
          0,
          [234, 230, 220],
        ),
      )
    case 'plastic':
      return once('plastic', () => new THREE.MeshStandardMaterial({ color: '#e9e9e6', roughness: 0.4 }))
  }
}
