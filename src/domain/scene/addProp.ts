import { defaultParams, familyOf } from '../catalog'
import { newSeed } from '../random'
import { vec3, ZERO, type Vec3 } from '../units/vec'
import { newId } from './ids'
import { footprintHalf } from './propGeometry'
import type { Prop, Scene } from './types'

export interface NewProp {
  readonly kind: string
  readonly position?: Vec3
  readonly rotation?: Vec3
  readonly params?: Readonly<Record<string, number>>
  readonly name?: string
  readonly seed?: number
  readonly rust?: number
}

/** A prop of a catalog family with its defaults; throws on an unknown kind, which only code can ask for. */
export function makeProp(spec: NewProp): Prop {
  const family = familyOf(spec.kind)
  if (!family) throw new Error(`unknown prop kind "${spec.kind}"`)
  const rust = spec.rust ?? (family.material === 'rust' ? 0.6 : undefined)
  return {
    id: newId('p'),
    kind: spec.kind,
    ...(spec.name ? { name: spec.name } : {}),
    params: { ...defaultParams(family), ...spec.params },
    position: spec.position ?? ZERO,
    rotation: spec.rotation ?? ZERO,
    material: {
      seed: spec.seed ?? newSeed(),
      ...(rust !== undefined ? { rust } : {}),
      ...(family.material === 'balsa' ? { grain: 'length' as const } : {}),
    },
  }
}

export function addProp(scene: Scene, prop: Prop): Scene {
  return { ...scene, props: [...scene.props, prop] }
}

/**
 * Where a new prop can stand on the base without overlapping another's footprint: the free spot nearest the
 * centre on a 5 mm lattice, or the centre when the base is full. Keeps a click on the palette from hiding
 * the new prop inside an old one.
 */
export function findFreeSpot(scene: Scene, prop: Prop): Vec3 {
  const half = footprintHalf(prop)
  const boxes = scene.props.map((p) => ({ at: p.position, half: footprintHalf(p) }))
  const maxX = scene.base.widthMm / 2 - half.x
  const maxZ = scene.base.depthMm / 2 - half.z
  const step = 5
  const free = (x: number, z: number) =>
    boxes.every((b) => Math.abs(b.at.x - x) >= b.half.x + half.x || Math.abs(b.at.z - z) >= b.half.z + half.z)
  for (let ring = 0; ring * step <= Math.max(maxX, maxZ); ring++) {
    const r = ring * step
    for (let dx = -r; dx <= r; dx += step)
      for (let dz = -r; dz <= r; dz += step) {
        if (Math.max(Math.abs(dx), Math.abs(dz)) !== r) continue
        // + 0 turns the -0 of ring 0 into 0, which JSON would otherwise change on a round trip.
        if (Math.abs(dx) <= maxX && Math.abs(dz) <= maxZ && free(dx, dz)) return vec3(dx + 0, 0, dz + 0)
      }
  }
  return ZERO
}

/**
 * The seed for the next prop: one past the largest in the scene. Weathering looks as varied as with random
 * seeds (each seed picks its own noise), and counting seeds cost almost nothing in a share link, where 200
 * random 31-bit seeds alone would take a thousand characters.
 */
export function nextSeed(scene: Scene): number {
  let max = 0
  for (const p of scene.props) if (p.material.seed > max) max = p.material.seed
  return max >= 0x7fffffff ? 1 : max + 1
}
