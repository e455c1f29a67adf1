/**
 * Generated dioramas for the render benchmark: what a big build is made of. Many repeated planks, drums and
 * beams in a few sizes each, crates and pallets, some walls and sheets, a little rubble; each prop with its
 * own weathering seed, a few rust and grime levels and the odd painted one, scattered over a large base,
 * turned every which way, some stacked, some lying down. Deterministic for a given count and seed.
 */
import { makeProp } from '../../src/domain/scene/addProp'
import { createScene } from '../../src/domain/scene/createScene'
import type { Prop, Scene } from '../../src/domain/scene/types'
import { seededRandom } from '../../src/domain/random'
import { vec3 } from '../../src/domain/units/vec'

/** A large club layout: every generated scene stands on the same base, so views compare across sizes. */
export const GENERATED_BASE = { widthMm: 1500, depthMm: 1000, thicknessMm: 12 } as const

interface Family {
  readonly kind: string
  /** Share of the props, relative to the others. */
  readonly weight: number
  /** The few sizes a maker cuts again and again. */
  readonly variants: readonly Readonly<Record<string, number>>[]
  /** Turned onto its side (drums, posts) this often. */
  readonly lying?: number
}

const MIX: readonly Family[] = [
  {
    kind: 'balsa.strip',
    weight: 20,
    variants: [
      { lengthMm: 100, widthMm: 6, thicknessMm: 1.5 },
      { lengthMm: 80, widthMm: 6, thicknessMm: 1.5 },
      { lengthMm: 60, widthMm: 4, thicknessMm: 3 },
    ],
  },
  { kind: 'rust.oil-drum', weight: 14, variants: [{}, { diameterMm: 12, heightMm: 17 }], lying: 0.2 },
  {
    kind: 'rust.i-beam',
    weight: 7,
    variants: [{}, { lengthMm: 60 }, { lengthMm: 150, heightMm: 10, flangeMm: 6 }],
  },
  { kind: 'balsa.crate', weight: 8, variants: [{}, { lengthMm: 18, depthMm: 12, heightMm: 12 }] },
  { kind: 'balsa.pallet', weight: 5, variants: [{}] },
  { kind: 'balsa.post', weight: 6, variants: [{}, { heightMm: 40, diameterMm: 3 }], lying: 0.3 },
  { kind: 'rust.angle-iron', weight: 5, variants: [{}, { lengthMm: 50 }] },
  { kind: 'rust.pipe', weight: 5, variants: [{}, { lengthMm: 120, diameterMm: 6 }] },
  { kind: 'balsa.block', weight: 4, variants: [{}, { lengthMm: 10, widthMm: 10, heightMm: 10 }] },
  { kind: 'rust.corrugated-sheet', weight: 4, variants: [{}, { lengthMm: 70, widthMm: 80 }] },
  { kind: 'plastic.rod', weight: 3, variants: [{}] },
  { kind: 'plastic.tube', weight: 2, variants: [{}] },
  { kind: 'balsa.plank-floor', weight: 2, variants: [{}, { lengthMm: 80, widthMm: 60 }] },
  { kind: 'balsa.sheet', weight: 2, variants: [{}] },
  { kind: 'plaster.brick-wall', weight: 2, variants: [{}] },
  { kind: 'balsa.plank-wall', weight: 1.5, variants: [{}] },
  { kind: 'foil.flat-sheet', weight: 1.5, variants: [{}] },
  { kind: 'rust.riveted-plate', weight: 1, variants: [{}] },
  { kind: 'rust.sign', weight: 1, variants: [{}] },
  { kind: 'balsa.table', weight: 1, variants: [{}] },
  { kind: 'balsa.ladder', weight: 1, variants: [{}] },
  { kind: 'balsa.door', weight: 0.8, variants: [{}] },
  { kind: 'balsa.window', weight: 0.8, variants: [{}] },
  { kind: 'rust.water-tank', weight: 0.5, variants: [{}] },
  { kind: 'foil.crumpled-rock', weight: 0.5, variants: [{}, { widthMm: 20, depthMm: 16, heightMm: 9 }] },
]

const RUST_LEVELS = [0.3, 0.6, 0.6, 0.9]
const PAINTS = ['#5b6b3a', '#8a2e22', '#2f4a6b']

/** `count` props over GENERATED_BASE; the same count and seed give the same scene (ids aside). */
export function generateScene(count: number, seed = 1): Scene {
  const rand = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T
  const total = MIX.reduce((sum, f) => sum + f.weight, 0)
  const family = (): Family => {
    let r = rand() * total
    for (const f of MIX) if ((r -= f.weight) < 0) return f
    return MIX[0] as Family
  }
  const props: Prop[] = []
  for (let i = 0; i < count; i++) {
    const f = family()
    const metal = f.kind.startsWith('rust.')
    const lying = f.lying !== undefined && rand() < f.lying
    // A quarter of the props sit on something (a pallet, a stack of strips): a few mm up.
    const y = rand() < 0.25 ? Math.round(rand() * 30 * 10) / 10 : 0
    const prop = makeProp({
      kind: f.kind,
      params: pick(f.variants),
      position: vec3(
        Math.round((rand() - 0.5) * (GENERATED_BASE.widthMm - 60) * 10) / 10,
        y,
        Math.round((rand() - 0.5) * (GENERATED_BASE.depthMm - 60) * 10) / 10,
      ),
      rotation: vec3(0, Math.round(rand() * 360) - 180, lying ? 90 : 0),
      seed: i + 1,
      ...(metal ? { rust: pick(RUST_LEVELS) } : {}),
    })
    const grime = rand() < 0.3 ? pick([0.3, 0.6]) : undefined
    const painted = (f.kind === 'balsa.crate' || f.kind === 'rust.oil-drum') && rand() < 0.25
    props.push({
      ...prop,
      material: {
        ...prop.material,
        ...(grime !== undefined ? { grime } : {}),
        ...(painted ? { paint: pick(PAINTS), chipping: 0.5 } : {}),
      },
    })
  }
  return createScene({
    name: `Generated, ${count} props`,
    base: GENERATED_BASE,
    props,
    now: new Date('2026-11-01T12:00:00.000Z'),
  })
}
