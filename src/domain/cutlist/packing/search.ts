/**
 * Fewest sheets for a list of rectangles (kerf-grown working units), for either sheet structure.
 *
 * 1. Constructive: every item ordering with every placement rule, first fit over the sheets; keep the layout with
 *    fewest sheets (then the emptiest last sheet).
 * 2. Improvement until the lower bound, the effort or the time limit is reached: the sheet-emptying search
 *    (groupSearch.ts); when one sheet may be enough, the goal-driven sequence search (sequenceSearch.ts), as
 *    emptying needs two sheets to trade between. Randomness comes from a seeded generator.
 */
import { seededRandom } from '../../random'
import type { FilledBin } from './bin'
import { Decoder, type BinFactory, type FillBins, type WorkItem } from './decoder'
import { groupSearch } from './groupSearch'
import { sequenceSearch, type Budget } from './sequenceSearch'

/**
 * Search budget in item placements tried: at most about half a second for 100 parts on one laptop core, and
 * most requests stop much earlier, at the lower bound.
 */
export const DEFAULT_EFFORT = 1_000_000
/** Bars are cheap to fill and the search settles fast. */
export const DEFAULT_LENGTH_EFFORT = 200_000

export interface SearchSettings {
  readonly ruleCount: number
  readonly groupRules: readonly number[]
  readonly binArea: number
  readonly lowerBound: number
  readonly seed: number
  /** Effort: item placements the improvement may try. */
  readonly maxWork: number
  readonly deadline: number
  readonly now: () => number
  /** Exact filling of a few sheets, where the structure has one (bars): see Decoder. */
  readonly fillBins?: FillBins
  /** A layout to start from as well, as groups of item indices that each fit one sheet. */
  readonly start?: readonly (readonly number[])[]
}

export function packItems(
  items: readonly WorkItem[],
  makeBin: BinFactory,
  settings: SearchSettings,
): FilledBin[] {
  const decoder = new Decoder(
    items,
    makeBin,
    settings.ruleCount,
    settings.groupRules,
    settings.binArea,
    settings.fillBins,
  )
  let best: FilledBin[] = []
  let bestRule = 0
  const lastFill = (bins: readonly FilledBin[]) => bins[bins.length - 1]?.usedArea ?? 0
  for (const order of decoder.orders) {
    for (let rule = 0; rule < settings.ruleCount; rule++) {
      const { bins } = decoder.decode(order, decoder.freeTurns, rule, Infinity, Infinity) ?? { bins: [] }
      const better =
        bins.length < best.length || (bins.length === best.length && lastFill(bins) < lastFill(best))
      if (best.length === 0 || better) {
        best = bins
        bestRule = rule
      }
    }
  }
  if (settings.start) {
    const given = settings.start.map((group) => decoder.packGroup(group, 1)?.[0] ?? null)
    const bins = given.filter((bin) => bin !== null)
    if (bins.length === given.length && bins.length < best.length) best = bins
  }
  const limit = decoder.work + settings.maxWork
  const budget: Budget = { spent: () => decoder.work >= limit || settings.now() > settings.deadline }
  if (best.length > settings.lowerBound && !budget.spent()) {
    const random = seededRandom(settings.seed)
    best =
      best.length <= 2
        ? sequenceSearch(decoder, best, bestRule, settings.lowerBound, random, budget)
        : groupSearch(decoder, best, settings.lowerBound, random, budget)
  }
  return best
}
