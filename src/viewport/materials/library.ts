import * as THREE from 'three'
import type { MaterialKind } from '../../domain/catalog/types'
import type { MaterialOptions } from '../../domain/scene/types'
import type { LookPixels, Pixels } from './layers'
import { composePaint, type Paint, parsePaint } from './paintColor'
import { requestLook } from './textureQueue'
import { lookFor, lookKey, type Look } from './textures'

/**
 * Materials are shared: a prop asks for (kind, options, face) and gets a cached instance keyed by its look
 * (options quantised to a few levels), its variant (seed % 4) and, if painted, the exact paint colour, so
 * memory does not grow per prop.
 *
 * Every material is the same MeshStandardMaterial program: map + normalMap + roughnessMap/metalnessMap (one
 * texture) + double-sided, whatever the kind, with per-kind differences in textures and uniforms only.
 * Software WebGL compiles a program in seconds, so there is one for all props rather than one per kind.
 */

/** Which side of a piece: side grain, end grain (balsa boxes), or a turned piece whose v runs along it. */
export type Face = 'side' | 'end' | 'round'

type Rgb = readonly [number, number, number]

/** Looks painted or being painted: textures shared by every material of that look. */
interface Painted {
  maps?: LookPixels
  textures?: { color: THREE.Texture; normal: THREE.Texture; surface: THREE.Texture }
  waiting: ((painted: Painted) => void)[]
}
const painted = new Map<string, Painted>()

function whenPainted(look: Look, apply: (p: Painted) => void): void {
  const key = lookKey(look)
  let entry = painted.get(key)
  if (!entry) {
    const fresh: Painted = { waiting: [] }
    painted.set(key, fresh)
    requestLook(look, (maps) => {
      fresh.maps = maps
      fresh.textures = {
        color: dataTexture(maps.color, THREE.SRGBColorSpace),
        normal: dataTexture(maps.normal, THREE.NoColorSpace),
        surface: dataTexture(maps.surface, THREE.NoColorSpace),
      }
      for (const waiting of fresh.waiting.splice(0)) waiting(fresh)
    })
    entry = fresh
  }
  if (entry.textures) apply(entry)
  else entry.waiting.push(apply)
}

function dataTexture(pixels: Pixels, colorSpace: THREE.ColorSpace): THREE.DataTexture {
  const texture = new THREE.DataTexture(pixels.data, pixels.size, pixels.size)
  texture.colorSpace = colorSpace
  texture.wrapS = texture.wrapT = THREE.RepeatWrapping
  texture.magFilter = THREE.LinearFilter
  texture.minFilter = THREE.LinearMipmapLinearFilter
  texture.generateMipmaps = true
  texture.anisotropy = 4
  texture.needsUpdate = true
  return texture
}

/** 1 x 1 stand-ins, shared by value, so the shader has every map from the start and never recompiles. */
const standIns = new Map<string, THREE.Texture>()
const standInSet = new Set<THREE.Texture>()
function standIn(rgb: Rgb, colorSpace: THREE.ColorSpace): THREE.Texture {
  const key = `${rgb.map(Math.round).join(',')}:${colorSpace}`
  let texture = standIns.get(key)
  if (!texture) {
    texture = new THREE.DataTexture(new Uint8Array([...rgb.map(Math.round), 255]), 1, 1)
    texture.colorSpace = colorSpace
    texture.needsUpdate = true
    standIns.set(key, texture)
    standInSet.add(texture)
  }
  return texture
}
const FLAT: Rgb = [128, 128, 255]
const surfaceStandIn = (roughness: number, metalness: number) =>
  standIn([255, roughness * 255, metalness * 255], THREE.NoColorSpace)

/** Mean colour, roughness and metalness of each look, shown until its maps arrive (and for clean plastic). */
function plain(look: Look | null, paint: Rgb | null): { color: Rgb; roughness: number; metalness: number } {
  if (paint) return { color: paint, roughness: 0.55, metalness: 0 }
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

const VARIANTS = 4
/** Balsa boards differ a little in colour: a tint per variant (multiplies the painted map). */
const BOARD_TINTS = ['#ffffff', '#fcefdf', '#f2eee8', '#fff6e6']
/** Foil crumple in thirds steers the crinkle's normal strength: a uniform, not a program. */
const crumpleScale = (crumple: number | undefined) => 0.45 + (Math.round((crumple ?? 0.6) * 3) / 3) * 0.75

const materials = new Map<string, THREE.MeshStandardMaterial>()

/**
 * The material for one face of a prop. `crumple` (0..1) is the foil prop's crumple parameter, when it has one.
 */
export function materialFor(
  kind: MaterialKind,
  options: MaterialOptions,
  face: Face = 'side',
  crumple?: number,
): THREE.Material {
  const look = lookFor(kind, face === 'end' ? 'end' : 'side', options)
  const paint = look?.painted ? parsePaint(options.paint) : null
  const variant = options.seed % VARIANTS
  // Balsa grain runs along u on boxes; turn it for grain across the part, and along a dowel's length.
  const turned = kind === 'balsa' && face !== 'end' && (face === 'round') !== (options.grain === 'width')
  const normalScale = kind === 'foil' ? crumpleScale(crumple) : 1
  const key = `${look ? lookKey(look) : kind}|${paint?.hex ?? ''}|${variant}|${turned ? 't' : ''}|${normalScale}`
  let material = materials.get(key)
  if (!material) {
    material = build(look, paint, variant, turned, normalScale, kind === 'balsa' && !paint)
    materials.set(key, material)
    if (paint) rememberPaint(paint.hex, key)
  }
  return material
}

function build(
  look: Look | null,
  paint: Paint | null,
  variant: number,
  turned: boolean,
  normalScale: number,
  tinted: boolean,
): THREE.MeshStandardMaterial {
  const p = plain(look, paint?.rgb ?? null)
  const material = new THREE.MeshStandardMaterial({
    color: tinted ? BOARD_TINTS[variant] : '#ffffff',
    // Roughness and metalness come from the surface map; these multiply it.
    roughness: 1,
    metalness: 1,
    map: standIn(p.color, THREE.SRGBColorSpace),
    normalMap: standIn(FLAT, THREE.NoColorSpace),
    normalScale: new THREE.Vector2(normalScale, normalScale),
    roughnessMap: surfaceStandIn(p.roughness, p.metalness),
    metalnessMap: surfaceStandIn(p.roughness, p.metalness),
    side: THREE.DoubleSide,
  })
  if (!look) return material
  whenPainted(look, (done) => {
    if (!done.textures || !done.maps) return
    const place = (texture: THREE.Texture) => {
      const t = texture.clone()
      // Variants sample the same image elsewhere; the clones share one GPU upload.
      t.offset.set(variant * 0.31, variant * 0.57)
      if (turned) t.rotation = Math.PI / 2
      return t
    }
    material.map = place(paint ? paintedColor(look, done, paint) : done.textures.color)
    material.normalMap = place(done.textures.normal)
    material.roughnessMap = material.metalnessMap = place(done.textures.surface)
  })
  return material
}

/** Colour maps with the exact paint colour composed in, by look and colour: variants share them. */
const composed = new Map<string, THREE.Texture>()
function paintedColor(look: Look, done: Painted, paint: Paint): THREE.Texture {
  const key = `${lookKey(look)}|${paint.hex}`
  let texture = composed.get(key)
  if (!texture) {
    texture = dataTexture(composePaint((done.maps as LookPixels).color, paint.rgb), THREE.SRGBColorSpace)
    composed.set(key, texture)
  }
  return texture
}

/**
 * Paint colours are exact, so the colour picker could leave a material behind for every colour it passes
 * through. Only the most recent colours are kept; older ones are disposed (three uploads them again should a
 * prop still draw one, until it next asks for its material).
 */
const PAINTS_KEPT = 24
const paintMaterials = new Map<string, string[]>()
function rememberPaint(hex: string, key: string): void {
  const keys = paintMaterials.get(hex) ?? []
  paintMaterials.delete(hex)
  paintMaterials.set(hex, [...keys, key])
  for (const [oldest, oldKeys] of paintMaterials) {
    if (paintMaterials.size <= PAINTS_KEPT) break
    paintMaterials.delete(oldest)
    for (const k of oldKeys) {
      const material = materials.get(k)
      materials.delete(k)
      if (!material) continue
      for (const t of new Set([material.map, material.normalMap, material.roughnessMap]))
        if (t && !standInSet.has(t)) t.dispose()
      material.dispose()
    }
    for (const k of composed.keys()) if (k.endsWith(`|${oldest}`)) composed.delete(k)
  }
}
