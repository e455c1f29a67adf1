/**
 * Parts onto the fewest sheets: `packSheets(request)`. Pure and deterministic for a given request (and seed)
 * unless a time limit cuts the search short. Parts too big for the sheet in every allowed orientation are
 * reported in `unplaced`, never thrown; malformed sizes or counts throw a RangeError.
 */
import { EITHER, TURNED, type FilledBin } from './bin'
import { cutLength, guillotineCutTree, knifeCuts, sheetGuillotineCuts } from './cuts'
import { GuillotineBin, GUILLOTINE_RULES } from './guillotineBin'
import { sheetLowerBound } from './lowerBound'
import { KNIFE_RULES, MaxRectsBin } from './maxRectsBin'
import { normalizeSheets, tidy, type WorkProblem } from './normalize'
import { DEFAULT_EFFORT, packItems } from './search'
import type { Cut, PackedSheet, PackSheetsRequest, PackSheetsResult, Placement } from './types'

/** Guillotine rules tried when repacking a few sheets (all 18 would be slow): a spread of fit and split rules. */
const GUILLOTINE_GROUP_RULES = [
  'baf slas',
  'baf llas',
  'baf maxas',
  'bssf slas',
  'bssf llas',
  'blsf slas',
].map((name) => GUILLOTINE_RULES.findIndex((rule) => `${rule.fit} ${rule.split}` === name))

export function packSheets(request: PackSheetsRequest): PackSheetsResult {
  const problem = normalizeSheets(request)
  const { binWidth, binHeight, items } = problem
  const knife = request.mode === 'knife'
  const lowerBound = sheetLowerBound(
    items.map((item) =>
      item.turns === TURNED
        ? { w: item.h, h: item.w, canRotate: false }
        : { ...item, canRotate: item.turns === EITHER },
    ),
    binWidth,
    binHeight,
  )
  const search = request.search ?? {}
  const started = search.timeLimitMs === undefined ? 0 : now()
  const bins = packItems(
    items,
    knife
      ? (rule) => new MaxRectsBin(binWidth, binHeight, KNIFE_RULES[rule] ?? 'bssf')
      : (rule) =>
          new GuillotineBin(binWidth, binHeight, GUILLOTINE_RULES[rule] ?? { fit: 'baf', split: 'slas' }),
    {
      ruleCount: knife ? KNIFE_RULES.length : GUILLOTINE_RULES.length,
      groupRules: knife ? KNIFE_RULES.map((_, i) => i) : GUILLOTINE_GROUP_RULES,
      binArea: binWidth * binHeight,
      lowerBound,
      seed: search.seed ?? 1,
      maxWork: search.effort ?? DEFAULT_EFFORT,
      deadline: search.timeLimitMs === undefined ? Infinity : started + search.timeLimitMs,
      now: search.timeLimitMs === undefined ? () => 0 : now,
    },
  )
  return {
    sheets: bins.map((bin) => describeSheet(bin, problem, request)),
    unplaced: problem.tooBig.map((part) => ({
      partId: part.id,
      count: part.count,
      reason: 'too-big' as const,
    })),
    lowerBound,
  }
}

const now = (): number => performance.now()

function describeSheet(bin: FilledBin, problem: WorkProblem, request: PackSheetsRequest): PackedSheet {
  const { kerfMm, trimMm } = problem
  const placements: Placement[] = bin.placed
    .map((p) => {
      const { part, copy } = problem.copies[p.item] as WorkProblem['copies'][number]
      return {
        partId: part.id,
        copy,
        xMm: tidy(trimMm + p.x),
        yMm: tidy(trimMm + p.y),
        widthMm: p.rotated ? part.heightMm : part.widthMm,
        heightMm: p.rotated ? part.widthMm : part.heightMm,
        rotated: p.rotated,
      }
    })
    .sort((a, b) => a.yMm - b.yMm || a.xMm - b.xMm)
  const partArea = placements.reduce((sum, p) => sum + p.widthMm * p.heightMm, 0)
  const sheetArea = request.sheet.widthMm * request.sheet.heightMm
  let cuts: Cut[]
  if (request.mode === 'guillotine') {
    const tree = guillotineCutTree(bin.placed, problem.binWidth, problem.binHeight)
    if (tree === null) throw new Error('internal: a straight-cut sheet has no guillotine cut tree')
    cuts = sheetGuillotineCuts(tree, request.sheet, kerfMm, trimMm)
  } else {
    cuts = knifeCuts(placements, request.sheet, kerfMm)
  }
  return {
    placements,
    wastePct: tidy(Math.max(0, 100 * (1 - partArea / sheetArea))),
    cutCount: cuts.length,
    cutLengthMm: tidy(cutLength(cuts)),
    cuts: cuts.map((c) => ({ axis: c.axis, atMm: tidy(c.atMm), fromMm: tidy(c.fromMm), toMm: tidy(c.toMm) })),
  }
}
