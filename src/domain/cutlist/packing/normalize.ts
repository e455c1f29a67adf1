/**
 * From a request in millimetres to the working problem the search solves. Kerf: every part grows by one kerf in
 * width and height and the usable area by one kerf too, so parts that touch in working units are exactly one kerf
 * apart on the sheet, and a part may still reach the far edge of the usable area.
 */
import { AS_GIVEN, EPS, TURNED, type Turns } from './bin'
import type { WorkItem } from './decoder'
import type { PackSheetsRequest, SheetPart } from './types'

export const DEFAULT_KERF_MM = 0.3

export interface WorkProblem {
  readonly kerfMm: number
  readonly trimMm: number
  /** Working sheet: usable size plus one kerf. */
  readonly binWidth: number
  readonly binHeight: number
  /** One entry per copy of each placeable part. */
  readonly items: readonly WorkItem[]
  readonly copies: readonly { readonly part: SheetPart; readonly copy: number }[]
  readonly tooBig: readonly SheetPart[]
}

export function normalizeSheets(request: PackSheetsRequest): WorkProblem {
  const kerfMm = request.kerfMm ?? DEFAULT_KERF_MM
  const trimMm = request.trimMm ?? 0
  checkLength('kerfMm', kerfMm, true)
  checkLength('trimMm', trimMm, true)
  checkLength('sheet.widthMm', request.sheet.widthMm, false)
  checkLength('sheet.heightMm', request.sheet.heightMm, false)
  const usableWidth = request.sheet.widthMm - 2 * trimMm
  const usableHeight = request.sheet.heightMm - 2 * trimMm
  const binWidth = usableWidth + kerfMm
  const binHeight = usableHeight + kerfMm
  const items: WorkItem[] = []
  const copies: { part: SheetPart; copy: number }[] = []
  const tooBig: SheetPart[] = []
  const ids = new Set<string>()
  for (const part of request.parts) {
    if (ids.has(part.id)) throw new RangeError(`part id ${part.id} appears twice`)
    ids.add(part.id)
    checkLength(`${part.id}.widthMm`, part.widthMm, false)
    checkLength(`${part.id}.heightMm`, part.heightMm, false)
    if (!Number.isInteger(part.count) || part.count < 0) {
      throw new RangeError(`${part.id}.count must be a whole number >= 0, got ${part.count}`)
    }
    if (part.count === 0) continue
    const w = part.widthMm + kerfMm
    const h = part.heightMm + kerfMm
    const usable = usableWidth > 0 && usableHeight > 0
    const asGiven = usable && w <= binWidth + EPS && h <= binHeight + EPS
    const turned = usable && part.canRotate && h <= binWidth + EPS && w <= binHeight + EPS
    const turns = ((asGiven ? AS_GIVEN : 0) | (turned ? TURNED : 0)) as Turns | 0
    if (turns === 0) {
      tooBig.push(part)
      continue
    }
    for (let copy = 0; copy < part.count; copy++) {
      items.push({ w, h, turns })
      copies.push({ part, copy })
    }
  }
  return { kerfMm, trimMm, binWidth, binHeight, items, copies, tooBig }
}

/** Output lengths to the nanometre: drops float noise such as 964.3999999999999 without moving anything. */
export const tidy = (mm: number): number => Math.round(mm * 1e9) / 1e9

export function checkLength(name: string, value: number, zeroAllowed: boolean): void {
  if (!Number.isFinite(value) || value < 0 || (!zeroAllowed && value === 0)) {
    throw new RangeError(`${name} must be a finite length ${zeroAllowed ? '>= 0' : '> 0'} mm, got ${value}`)
  }
}
