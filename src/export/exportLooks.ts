import * as THREE from 'three'
import type { MaterialKind } from '../domain/catalog/types'
import type { MaterialOptions } from '../domain/scene/types'

/** Base colours (linear sRGB hex) and surfaces that stand for the procedural materials in other programs. */
const BASE: Record<MaterialKind, { color: number; metalness: number; roughness: number }> = {
  balsa: { color: 0xe2c898, metalness: 0, roughness: 0.85 },
  foil: { color: 0xd6d9de, metalness: 1, roughness: 0.3 },
  rust: { color: 0x8a8f94, metalness: 0.8, roughness: 0.5 },
  plaster: { color: 0xebe6da, metalness: 0, roughness: 0.95 },
  plastic: { color: 0xb9c4cc, metalness: 0, roughness: 0.55 },
}
const RUST = new THREE.Color(0x8b4220)
const GRIME = new THREE.Color(0x3b3328)

/**
 * A glTF PBR material approximating a prop's look: the kind's base colour, turned towards rust-brown by the
 * rust amount (and less metallic), darkened by grime; paint replaces the base colour. Cached per look.
 */
const cache = new Map<string, THREE.MeshStandardMaterial>()

export function exportMaterial(kind: MaterialKind, options: MaterialOptions): THREE.MeshStandardMaterial {
  const rust = kind === 'rust' ? (options.rust ?? 0.6) : 0
  const grime = options.grime ?? 0
  const paint = kind !== 'foil' ? options.paint : undefined
  const key = `${kind}|${rust.toFixed(2)}|${grime.toFixed(2)}|${paint ?? ''}`
  let material = cache.get(key)
  if (!material) {
    const base = BASE[kind]
    const color = new THREE.Color(paint ?? base.color)
      .lerp(RUST, paint ? rust * 0.3 : rust)
      .lerp(GRIME, grime * 0.4)
    material = new THREE.MeshStandardMaterial({
      name: `${kind}${rust > 0 ? ` rust ${Math.round(rust * 100)}%` : ''}${paint ? ` paint ${paint}` : ''}`,
      color,
      metalness: paint ? 0 : base.metalness * (1 - rust * 0.8),
      roughness: Math.min(1, base.roughness + rust * 0.4 + grime * 0.1),
    })
    cache.set(key, material)
  }
  return material
}
