import { familyOf } from '../catalog'
import type { Part } from '../catalog/types'
import type { Scene } from '../scene/types'
import { roundTo } from '../units/vec'
import { totalCost } from './shoppingList'
import type { CutPlan, EstimateRates } from './types'

/** Weathering below this is a hint of dust, not a task. */
const WEATHERED_FROM = 0.05
const MM2_PER_DM2 = 10_000

export interface Estimate {
  readonly materials: number
  readonly cutCount: number
  readonly partCount: number
  /** Surface to paint and to weather, in dm² (100 cm²). */
  readonly paintDm2: number
  readonly weatheringDm2: number
  readonly minutes: {
    readonly setup: number
    readonly cutting: number
    readonly assembly: number
    readonly painting: number
    readonly weathering: number
    readonly total: number
  }
  readonly labour: number
  /** Materials plus labour at the hourly rate. */
  readonly price: number
}

/**
 * Time and price for a commission: materials from the shopping list, minutes from the cuts, the parts to sand and
 * glue, and the surface to paint and weather (every part's surface; weathered when the prop has rust, grime or
 * chipping), at the maker's own minutes per task and hourly rate.
 */
export function estimate(scene: Scene, plan: CutPlan, rates: EstimateRates): Estimate {
  let paint = 0
  let weathered = 0
  for (const prop of scene.props) {
    const family = familyOf(prop.kind)
    if (!family) continue
    const area = family.parts(prop.params).reduce((sum, part) => sum + surfaceOf(part) * part.count, 0)
    paint += area
    const m = prop.material
    if (Math.max(m.rust ?? 0, m.grime ?? 0, m.chipping ?? 0) >= WEATHERED_FROM) weathered += area
  }
  const partCount = plan.parts.reduce((n, p) => n + p.count, 0)
  const paintDm2 = paint / MM2_PER_DM2
  const weatheringDm2 = weathered / MM2_PER_DM2
  const setup = partCount > 0 ? rates.setupMinutes : 0
  const cutting = plan.cutCount * rates.minutesPerCut
  const assembly = partCount * rates.minutesPerPart
  const painting = paintDm2 * rates.minutesPerPaintDm2
  const weathering = weatheringDm2 * rates.minutesPerWeatheringDm2
  const total = setup + cutting + assembly + painting + weathering
  const materials = totalCost(plan.shopping)
  const labour = (total / 60) * rates.hourlyRate
  return {
    materials,
    cutCount: plan.cutCount,
    partCount,
    paintDm2: roundTo(paintDm2, 2),
    weatheringDm2: roundTo(weatheringDm2, 2),
    minutes: {
      setup: roundTo(setup, 1),
      cutting: roundTo(cutting, 1),
      assembly: roundTo(assembly, 1),
      painting: roundTo(painting, 1),
      weathering: roundTo(weathering, 1),
      total: roundTo(total, 1),
    },
    labour: roundTo(labour, 2),
    price: roundTo(materials + labour, 2),
  }
}

/** Outer surface of one part in mm²: the faces a brush reaches. */
export function surfaceOf(part: Part): number {
  if ('thicknessMm' in part) {
    const { thicknessMm: t, widthMm: w, lengthMm: l } = part
    return 2 * (l * w + l * t + w * t)
  }
  if ('diameterMm' in part) return Math.PI * part.diameterMm * part.lengthMm
  if ('areaMm2' in part) return part.areaMm2
  // A cast block: the surface of a cube of the same volume, a fair guess for walls and slabs.
  return 6 * Math.cbrt(part.volumeMm3) ** 2
}
