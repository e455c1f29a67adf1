/**
 * Helpers for the cut-list tests: scenes from catalog families, and an independent check that every sheet and
 * bar of a plan is a valid packing of the parts the plan says it holds.
 */
import {
  validateCutLengths,
  validatePacking,
  type CutLengthsResult,
  type PackSheetsResult,
  type SheetPart,
} from '../../../src/domain/cutlist/packing'
import type { CutPart, CutPlan, StockItem, Workshop } from '../../../src/domain/cutlist/types'
import { addProp, makeProp, type NewProp } from '../../../src/domain/scene/addProp'
import { createScene } from '../../../src/domain/scene/createScene'
import type { Scene } from '../../../src/domain/scene/types'

/** A short, deterministic search: no time limit, so the same scene always gives the same plan. */
export const QUICK = { search: { effort: 20_000 } } as const

export function sceneOf(...props: NewProp[]): Scene {
  return props.reduce(
    (scene, spec, i) => addProp(scene, makeProp({ seed: i + 1, ...spec })),
    createScene({ now: new Date('2025-01-01T00:00:00Z') }),
  )
}

export const partByTag = (plan: CutPlan, tag: string): CutPart => {
  const part = plan.parts.find((p) => p.tag === tag)
  if (!part) throw new Error(`no part ${tag}`)
  return part
}

/** Balsa keeps its grain: a grained balsa part may never be turned on the sheet. */
const mayTurn = (part: CutPart) => !part.stock.startsWith('balsa') || part.grain === 'none'

/** The part as the sheet sees it: height along the sheet's length (the grain), width across. */
function sheetPartOf(part: CutPart, count: number): SheetPart {
  if (part.size.shape !== 'flat') throw new Error(`${part.tag} is not flat`)
  const across = part.grain === 'width'
  return {
    id: part.tag,
    widthMm: across ? part.size.lengthMm : part.size.widthMm,
    heightMm: across ? part.size.widthMm : part.size.lengthMm,
    count,
    canRotate: mayTurn(part),
  }
}

/** Copies numbered 0..n-1 per part, in the order they appear: each sheet is checked on its own. */
function renumbered<T extends { copy: number }>(list: readonly T[], idOf: (t: T) => string): T[] {
  const next = new Map<string, number>()
  return list.map((item) => {
    const n = next.get(idOf(item)) ?? 0
    next.set(idOf(item), n + 1)
    return { ...item, copy: n }
  })
}

function countBy<T>(list: readonly T[], key: (t: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of list) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}

const itemOf = (workshop: Workshop, id: string): StockItem | undefined =>
  workshop.stock.find((s) => s.id === id)

/**
 * Everything wrong with the plan's sheets and bars: each one re-validated with the packing checker against a
 * request rebuilt from the cut list (sizes, grain) and the workshop (kerf, trim, mode), the size of each sheet
 * or bar against its stock item or offcut, and offcuts used no more often than the workshop has them.
 */
export function planProblems(plan: CutPlan, workshop: Workshop): string[] {
  const problems: string[] = []
  const offcutUses = new Map<string, number>()
  const useOffcut = (id: string) => offcutUses.set(id, (offcutUses.get(id) ?? 0) + 1)
  for (const group of plan.groups) {
    if (group.form === 'sheet') {
      group.sheets.forEach((sheet, s) => {
        const where = `${group.title}, sheet ${s + 1} (${sheet.stockId})`
        const keys = sheet.layout.placements.map((p) => `${p.partId}#${p.copy}`)
        if (new Set(keys).size !== keys.length) problems.push(`${where}: a part copy is placed twice`)
        const counts = countBy(sheet.layout.placements, (p) => p.partId)
        const parts = [...counts].map(([tag, n]) => sheetPartOf(partByTag(plan, tag), n))
        for (const tag of counts.keys())
          if (!group.partTags.includes(tag)) problems.push(`${where}: ${tag} is not in the group`)
        const result: PackSheetsResult = {
          sheets: [{ ...sheet.layout, placements: renumbered(sheet.layout.placements, (p) => p.partId) }],
          unplaced: [],
          lowerBound: 1,
        }
        const request = {
          parts,
          sheet: sheet.size,
          kerfMm: workshop.kerfMm,
          trimMm: workshop.trimMm,
          mode: workshop.mode,
        }
        problems.push(...validatePacking(request, result).map((p) => `${where}: ${p}`))
        if (sheet.offcut) {
          useOffcut(sheet.stockId)
          const offcut = workshop.offcuts.find((o) => o.id === sheet.stockId)
          if (offcut?.widthMm !== sheet.size.widthMm || offcut.lengthMm !== sheet.size.heightMm)
            problems.push(`${where}: not the size of the offcut`)
        } else {
          const item = itemOf(workshop, sheet.stockId)
          if (
            item?.form !== 'sheet' ||
            item.widthMm !== sheet.size.widthMm ||
            item.lengthMm !== sheet.size.heightMm
          )
            problems.push(`${where}: not the size of the stock item`)
        }
      })
    } else if (group.form === 'bar') {
      group.bars.forEach((bar, b) => {
        const where = `${group.title}, bar ${b + 1} (${bar.stockId})`
        const counts = countBy(bar.layout.pieces, (p) => p.pieceId)
        const pieces = [...counts].map(([tag, count]) => {
          const size = partByTag(plan, tag).size
          const lengthMm = size.shape === 'flat' || size.shape === 'length' ? size.lengthMm : NaN
          return { id: tag, lengthMm, count }
        })
        const result: CutLengthsResult = {
          bars: [{ ...bar.layout, stockIndex: 0, pieces: renumbered(bar.layout.pieces, (p) => p.pieceId) }],
          unplaced: [],
          stockUsedMm: bar.layout.stockLengthMm,
        }
        const request = {
          pieces,
          stock: [{ lengthMm: bar.layout.stockLengthMm }],
          kerfMm: workshop.kerfMm,
          trimMm: workshop.trimMm,
        }
        problems.push(...validateCutLengths(request, result).map((p) => `${where}: ${p}`))
        if (bar.offcut) {
          useOffcut(bar.stockId)
          const offcut = workshop.offcuts.find((o) => o.id === bar.stockId)
          if (offcut?.lengthMm !== bar.layout.stockLengthMm)
            problems.push(`${where}: not the offcut's length`)
        } else {
          const item = itemOf(workshop, bar.stockId)
          if (item?.form !== 'bar' || item.lengthMm !== bar.layout.stockLengthMm)
            problems.push(`${where}: not the length of the stock item`)
        }
      })
    }
  }
  for (const [id, used] of offcutUses) {
    const offcut = workshop.offcuts.find((o) => o.id === id)
    if (!offcut || used > offcut.count)
      problems.push(`offcut ${id}: used ${used} times, ${offcut?.count ?? 0} at hand`)
  }
  return problems
}

/** How many copies of each part tag the plan's sheets and bars hold. */
export function placedCounts(plan: CutPlan): Map<string, number> {
  const counts = new Map<string, number>()
  const add = (tag: string) => counts.set(tag, (counts.get(tag) ?? 0) + 1)
  for (const group of plan.groups) {
    if (group.form === 'sheet')
      for (const s of group.sheets) for (const p of s.layout.placements) add(p.partId)
    if (group.form === 'bar') for (const b of group.bars) for (const p of b.layout.pieces) add(p.pieceId)
  }
  return counts
}

/** What the plan costs to buy: every sheet and bar not an offcut, and the bulk bought. */
export function planCost(plan: CutPlan, workshop: Workshop): number {
  const price = (id: string) => itemOf(workshop, id)?.price ?? NaN
  let cost = 0
  for (const group of plan.groups) {
    if (group.form === 'sheet') for (const s of group.sheets) cost += s.offcut ? 0 : price(s.stockId)
    else if (group.form === 'bar') for (const b of group.bars) cost += b.offcut ? 0 : price(b.stockId)
    else for (const b of group.bought) cost += b.quantity * price(b.stockId)
  }
  return cost
}
