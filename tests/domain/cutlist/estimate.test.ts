import { describe, expect, it } from 'vitest'
import type { Part } from '../../../src/domain/catalog/types'
import { DEFAULT_RATES, DEFAULT_WORKSHOP } from '../../../src/domain/cutlist/defaultWorkshop'
import { estimate, surfaceOf } from '../../../src/domain/cutlist/estimate'
import { planCutList } from '../../../src/domain/cutlist/planCutList'
import { totalCost } from '../../../src/domain/cutlist/shoppingList'
import type { CutPlan } from '../../../src/domain/cutlist/types'
import type { MaterialOptions, Scene } from '../../../src/domain/scene/types'
import { createScene } from '../../../src/domain/scene/createScene'
import { QUICK, sceneOf } from './planChecks'

const floorScene = sceneOf({ kind: 'balsa.plank-floor' })

/** The default plank floor's cut list, written out: 13 cuts, one sheet at 2.75. */
const FLOOR_PLAN: CutPlan = {
  parts: [
    {
      tag: 'A',
      stock: 'balsa-sheet',
      label: 'Plank',
      props: 'Plank floor',
      material: 'balsa',
      size: { shape: 'flat', thicknessMm: 1.5, widthMm: 6, lengthMm: 120 },
      count: 12,
      grain: 'length',
    },
  ],
  groups: [],
  shopping: [{ stockId: 'sheet', name: 'Sheet', quantity: 1, unitPrice: 2.75, cost: 2.75, usedPct: 10 }],
  unsupplied: [],
  cutCount: 13,
  cutLengthMm: 1500,
}

const EMPTY_PLAN: CutPlan = {
  parts: [],
  groups: [],
  shopping: [],
  unsupplied: [],
  cutCount: 0,
  cutLengthMm: 0,
}

const weathered = (scene: Scene, material: Partial<MaterialOptions>): Scene => ({
  ...scene,
  props: scene.props.map((p) => ({ ...p, material: { ...p.material, ...material } })),
})

// One plank 6 × 120 × 1.5: 2 (120·6 + 120·1.5 + 6·1.5) = 1818 mm²; twelve of them 21 816 mm², 2.1816 dm².
const FLOOR_DM2 = 2.1816

describe('estimate for the default plank floor', () => {
  it('works out every figure by the default rates', () => {
    // setup 30 + cutting 13 × 0.5 + assembly 12 × 2 + painting 2.1816 × 6 = 73.5896 min.
    // labour 73.5896 / 60 × 25 = 30.6623; price 2.75 + 30.6623.
    expect(estimate(floorScene, FLOOR_PLAN, DEFAULT_RATES)).toEqual({
      materials: 2.75,
      cutCount: 13,
      partCount: 12,
      paintDm2: 2.18,
      weatheringDm2: 0,
      minutes: { setup: 30, cutting: 6.5, assembly: 24, painting: 13.1, weathering: 0, total: 73.6 },
      labour: 30.66,
      price: 33.41,
    })
  })

  it('follows the maker’s own rates', () => {
    const rates = { ...DEFAULT_RATES, hourlyRate: 60, minutesPerCut: 1, setupMinutes: 0 }
    const result = estimate(floorScene, FLOOR_PLAN, rates)
    // 13 + 24 + 13.0896 = 50.0896 min at 60 an hour.
    expect(result.minutes.total).toBe(50.1)
    expect(result.labour).toBe(50.09)
    expect(result.price).toBe(52.84)
  })

  it('agrees with a real plan: its cuts and its shopping list', () => {
    const plan = planCutList(floorScene, DEFAULT_WORKSHOP, QUICK)
    const result = estimate(floorScene, plan, DEFAULT_RATES)
    expect(result.cutCount).toBe(plan.cutCount)
    expect(result.materials).toBe(totalCost(plan.shopping))
    expect(result.partCount).toBe(12)
    expect(result.minutes.cutting).toBeCloseTo(plan.cutCount * 0.5, 1)
  })
})

describe('estimate: weathering', () => {
  it.each([
    ['rust', { rust: 0.05 }],
    ['grime', { grime: 0.05 }],
    ['chipping', { chipping: 0.05 }],
  ])('counts the whole surface once %s reaches 0.05', (_, material) => {
    const result = estimate(weathered(floorScene, material), FLOOR_PLAN, DEFAULT_RATES)
    expect(result.weatheringDm2).toBe(2.18)
    // 2.1816 dm² at 10 min per dm².
    expect(result.minutes.weathering).toBe(21.8)
    expect(result.minutes.total).toBe(95.4)
  })

  it('ignores weathering below 0.05', () => {
    const light = weathered(floorScene, { rust: 0.049, grime: 0.04, chipping: 0 })
    const result = estimate(light, FLOOR_PLAN, DEFAULT_RATES)
    expect(result.weatheringDm2).toBe(0)
    expect(result.minutes.weathering).toBe(0)
  })

  it('weathers only the props that are weathered', () => {
    // A rusted oil drum (the catalog gives rust props 0.6) beside a clean floor.
    const scene = sceneOf({ kind: 'balsa.plank-floor' }, { kind: 'rust.oil-drum' })
    const result = estimate(scene, FLOOR_PLAN, DEFAULT_RATES)
    // Drum body π · 16.3 · 24.3; two hoops π · 0.652 · π · 16.3.
    const drumMm2 = Math.PI * 16.3 * 24.3 + 2 * Math.PI * 0.652 * Math.PI * 16.3
    expect(result.weatheringDm2).toBeCloseTo(drumMm2 / 10_000, 2)
    expect(result.paintDm2).toBeCloseTo(FLOOR_DM2 + drumMm2 / 10_000, 2)
  })
})

describe('estimate: nothing to make', () => {
  it('charges no setup for a scene with no parts', () => {
    expect(estimate(createScene(), EMPTY_PLAN, DEFAULT_RATES)).toEqual({
      materials: 0,
      cutCount: 0,
      partCount: 0,
      paintDm2: 0,
      weatheringDm2: 0,
      minutes: { setup: 0, cutting: 0, assembly: 0, painting: 0, weathering: 0, total: 0 },
      labour: 0,
      price: 0,
    })
  })

  it('skips props of an unknown kind', () => {
    const scene = { ...floorScene, props: floorScene.props.map((p) => ({ ...p, kind: 'balsa.chair' })) }
    expect(estimate(scene, EMPTY_PLAN, DEFAULT_RATES).paintDm2).toBe(0)
  })
})

describe('surfaceOf', () => {
  const flat: Part = {
    stock: 'balsa-sheet',
    label: 'Board',
    thicknessMm: 2,
    widthMm: 10,
    lengthMm: 30,
    count: 1,
    grain: 'length',
  }

  it.each([
    ['a board: its six faces', flat, 2 * (300 + 60 + 20)],
    [
      'a rod: its side',
      { stock: 'styrene-rod', label: 'Rod', diameterMm: 2, lengthMm: 50, count: 1 },
      Math.PI * 100,
    ],
    ['foil: its area', { stock: 'kitchen-foil', label: 'Foil', areaMm2: 1234, count: 1 }, 1234],
    ['a cast: the cube of its volume', { stock: 'plaster', label: 'Cast', volumeMm3: 1000, count: 1 }, 600],
  ] as const)('is %s', (_, part, mm2) => {
    expect(surfaceOf(part)).toBeCloseTo(mm2, 6)
  })
})
