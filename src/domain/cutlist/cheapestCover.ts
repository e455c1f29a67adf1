/** A size one can buy: how much it holds and what it costs. */
export interface BuyOption {
  readonly id: string
  readonly amount: number
  readonly price: number
}

export interface Cover {
  /** How many of each option, by id; options not bought are left out. */
  readonly counts: ReadonlyMap<string, number>
  readonly cost: number
  readonly amount: number
}

/** More of one size than this is never tried: bulk goods are bought by the bag, not by the hundred. */
const MAX_OF_ONE = 60

/**
 * The cheapest set of purchasable sizes holding at least `needed` (bags of plaster, rolls of foil): a small
 * exhaustive search over counts, since a shop lists only a few sizes. Ties go to the smaller surplus.
 */
export function cheapestCover(needed: number, options: readonly BuyOption[]): Cover | undefined {
  const usable = options.filter((o) => o.amount > 0 && o.price >= 0)
  if (usable.length === 0) return undefined
  if (needed <= 0) return { counts: new Map(), cost: 0, amount: 0 }
  let best: Cover | undefined
  const counts = new Map<string, number>()
  const visit = (index: number, amount: number, cost: number) => {
    if (best && cost > best.cost) return
    if (amount >= needed) {
      if (!best || cost < best.cost || (cost === best.cost && amount < best.amount))
        best = { counts: new Map([...counts].filter(([, n]) => n > 0)), cost, amount }
      return
    }
    const option = usable[index]
    if (!option) return
    const most = Math.min(MAX_OF_ONE, Math.ceil((needed - amount) / option.amount))
    for (let n = most; n >= 0; n--) {
      counts.set(option.id, n)
      visit(index + 1, amount + n * option.amount, cost + n * option.price)
    }
    counts.delete(option.id)
  }
  visit(0, 0, 0)
  return best
}
