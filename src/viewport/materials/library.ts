import * as THREE from 'three'
import type { MaterialKind } from '../../domain/catalog/types'
import type { MaterialOptions } from '../../domain/scene/types'
import { balsaEndGrain, balsaGrain, foilCrinkle, plasterColor, rustColor } from './textures'

/**
 * Materials are shared: a prop asks for (kind, options) and gets a cached instance keyed by options
 * quantised to a few variants, so memory does not grow per prop.
 */
const cache = new Map<string, THREE.Material>()
const textures = new Map<string, THREE.Texture>()

function once<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key)
  if (value === undefined) {
    value = make()
    map.set(key, value)
  }
  return value
}

const VARIANTS = 4
const variant = (seed: number) => seed % VARIANTS
const rustLevel = (amount: number | undefined) => Math.round((amount ?? 0.6) * 10) / 10

export type Face = 'side' | 'end'

export function materialFor(kind: MaterialKind, options: MaterialOptions, face: Face = 'side'): THREE.Material {
  switch (kind) {
    case 'balsa': {
      const v = variant(options.seed)
      return once(cache, `balsa:${face}:${v}`, () => {
        const map = once(textures, `balsa:${face}`, () => (face === 'end' ? balsaEndGrain(17) : balsaGrain(29)))
        // Slight per-board tint so a stack of strips does not read as one block.
        const tint = new THREE.Color().setHSL(0.1, 0.25, 0.92 + v * 0.02)
        return new THREE.MeshStandardMaterial({ map, color: tint, roughness: 0.85, metalness: 0 })
      })
    }
    case 'rust': {
      const level = rustLevel(options.rust)
      const v = variant(options.seed)
      return once(cache, `rust:${level}:${v}`, () => {
        const map = once(textures, `rust:${level}:${v}`, () => rustColor(101 + v, level))
        return new THREE.MeshStandardMaterial({
          map,
          roughness: 0.45 + level * 0.5,
          metalness: 0.75 - level * 0.6,
          side: THREE.DoubleSide,
        })
      })
    }
    case 'foil':
      return once(cache, 'foil', () => {
        const normalMap = once(textures, 'foil', () => foilCrinkle(7))
        return new THREE.MeshStandardMaterial({
          color: '#d4d8dd',
          metalness: 1,
          roughness: 0.3,
          normalMap,
          normalScale: new THREE.Vector2(1.2, 1.2),
        })
      })
    case 'plaster':
      return once(cache, 'plaster', () => {
        const map = once(textures, 'plaster', () => plasterColor(5))
        return new THREE.MeshStandardMaterial({ map, roughness: 0.95, metalness: 0 })
      })
    case 'plastic':
      return once(cache, 'plastic', () => new THREE.MeshStandardMaterial({ color: '#e9e9e6', roughness: 0.4 }))
  }
}
