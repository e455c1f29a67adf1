/**
 * Goal-driven search over item sequences: aim at one sheet fewer than the best layout and look for a sequence
 * whose first-fit decoding into that many sheets leaves nothing over. The cost is the area left over; a move pulls
 * a left-over item forward, turns an item that may turn, or swaps two items; late-acceptance hill climbing decides.
 */
import { EITHER, type FilledBin, type Turns } from './bin'
import type { Decoded, Decoder } from './decoder'

export interface Budget {
  /** True once the evaluation budget or the time is spent. */
  spent(): boolean
}

const HISTORY = 50

export function sequenceSearch(
  decoder: Decoder,
  start: readonly FilledBin[],
  rule: number,
  lowerBound: number,
  random: () => number,
  budget: Budget,
): FilledBin[] {
  let best: FilledBin[] = [...start]
  const items = decoder.items
  const n = items.length
  const pick = (k: number) => Math.floor(random() * k)
  const turnable = items.flatMap((item, index) => (item.turns === EITHER ? [index] : []))
  const history = new Array<number>(HISTORY)
  let goal = best.length - 1
  let order = best.flatMap((bin) => bin.placed.map((p) => p.item))
  let turns = decoder.freeTurns.slice()
  let current: Decoded = { bins: [], left: [], leftArea: 0 }
  const restart = () => {
    current = decoder.decode(order, turns, rule, goal, Infinity) as Decoded
    history.fill(current.leftArea)
  }
  if (goal >= lowerBound) restart()
  for (let step = 0; goal >= lowerBound && !budget.spent(); step++) {
    const nextOrder = order.slice()
    let nextTurns = turns
    const r = random()
    if (current.left.length > 0 && r < 0.5) {
      const item = current.left[pick(current.left.length)] as number
      const from = nextOrder.indexOf(item)
      nextOrder.splice(from, 1)
      nextOrder.splice(pick(from + 1), 0, item)
    } else if (turnable.length > 0 && r < 0.6) {
      const item = turnable[pick(turnable.length)] as number
      nextTurns = turns.slice()
      nextTurns[item] = ((((nextTurns[item] as number) + pick(2)) % 3) + 1) as Turns
    } else {
      const a = pick(n)
      const b = pick(n)
      nextOrder[a] = order[b] as number
      nextOrder[b] = order[a] as number
    }
    const slot = step % HISTORY
    const limit = Math.max(current.leftArea, history[slot] as number)
    const result = decoder.decode(nextOrder, nextTurns, rule, goal, limit)
    if (result !== null) {
      order = nextOrder
      turns = nextTurns
      current = result
    }
    history[slot] = current.leftArea
    if (current.leftArea === 0) {
      best = current.bins
      goal = best.length - 1
      if (goal >= lowerBound) restart()
    }
  }
  return best
}
