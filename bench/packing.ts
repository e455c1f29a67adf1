/**
 * Packing benchmark: how close the cut-list packer gets to the best layouts known, and how fast.
 *
 * 2D: the 500 standard bin-packing instances (classes 1-10, see ../shared/bench/2bp/README.md), read from
 * ../shared/bench/2bp next to the repository when present (never copied in; skipped when absent). Each instance
 * is packed four ways: knife and straight cuts (guillotine), items keeping their orientation and items allowed to
 * turn, with kerf 0 and trim 0 as in the literature. Sheets used are summed against the best known totals:
 * knife against min(best 2BP, best 3-stage) per instance (the README's rule, which covers its two known slips),
 * straight cuts against the best 3-stage guillotine values. maxrects-packer (npm), the well-kept library, runs in
 * the same process on the same instances, best of its two logics (MAX_AREA, MAX_EDGE), no smart sizing.
 * Every layout of ours is checked with validatePacking; time is per instance, the whole packSheets call.
 *
 * 1D: generated length-cutting cases (seeded, see lengthCases), stock used against the lower bound: sum of piece
 * lengths plus kerfs, rounded up to whole bars.
 *
 * `npm run bench -- packing --quick` takes one instance per class and size (50 instead of 500).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type * as MaxRects from 'maxrects-packer'
import {
  cutLengths,
  packSheets,
  validateCutLengths,
  validatePacking,
  type CutLengthsRequest,
  type CutMode,
  type PackSheetsRequest,
} from '../src/domain/cutlist/packing'
import { seededRandom } from '../src/domain/random'
import { median, round, type Figures, type Target } from './lib/benchmark'

export const name = 'packing'

export const targets: Record<string, Target> = {
  knifeOrientedOverPct: { max: 1.0 },
  knifeRotationOverPct: { max: 1.0 },
  guillotineOrientedOverPct: { max: 1.5 },
  guillotineRotationOverPct: { max: 1.5 },
  maxInstanceMs: { max: 1000 },
  invalidLayouts: { max: 0 },
  lengthOverLowerBoundPct: { max: 2.0 },
  invalidLengthResults: { max: 0 },
  invalidLongLengthResults: { max: 0 },
}

// A type alias (not an interface), so it meets the library's index-signature rectangle type.
type Box = { width: number; height: number; x: number; y: number }

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DATA_DIR = resolve(ROOT, '../shared/bench/2bp')
/**
 * Time cap per call, under the 1 s target: most runs end long before it, at the lower bound or when the default
 * effort is spent; the hardest (sheets holding dozens of parts) reach it.
 */
const TIME_LIMIT_MS = 800

interface Instance {
  readonly name: string
  readonly classNo: number
  readonly n: number
  readonly rel: number
  readonly width: number
  readonly height: number
  readonly items: readonly { readonly w: number; readonly h: number }[]
  /** Best known, min(2BP, 3-stage), oriented and with rotation; and the 3-stage guillotine values. */
  readonly knife: { readonly oriented: number; readonly rotation: number }
  readonly guillotine: { readonly oriented: number; readonly rotation: number }
}

const pad2 = (n: number) => String(n).padStart(2, '0')

export function parseClassFile(text: string, classNo: number): Omit<Instance, 'knife' | 'guillotine'>[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const rows = block
        .trim()
        .split('\n')
        .map((line) => line.trim().split(/\s+/).slice(0, 2).map(Number))
      const n = rows[1]?.[0] ?? 0
      const rel = rows[2]?.[0] ?? 0
      const [height = 0, width = 0] = rows[3] ?? []
      const items = rows.slice(4, 4 + n).map(([h = 0, w = 0]) => ({ w, h }))
      if (items.length !== n)
        throw new Error(`class ${classNo}: instance ${rel} lists ${items.length} of ${n} items`)
      const name = `Class_${pad2(classNo)}_${String(n).padStart(3, '0')}_${pad2(rel)}`
      return { name, classNo, n, rel, width, height, items }
    })
}

function loadInstances(): Instance[] {
  const rows = readFileSync(join(DATA_DIR, 'class_2bp_bks.csv'), 'utf8').trim().split('\n')
  const header = (rows[0] ?? '').split(',')
  const column = (field: string) => header.indexOf(field)
  const known = new Map(rows.slice(1).map((row) => [row.split(',')[0] ?? '', row.split(',').map(Number)]))
  const instances: Instance[] = []
  for (let classNo = 1; classNo <= 10; classNo++) {
    const text = readFileSync(join(DATA_DIR, `Class_${pad2(classNo)}.2bp`), 'utf8')
    for (const instance of parseClassFile(text, classNo)) {
      const row = known.get(instance.name)
      if (!row) throw new Error(`${instance.name} has no best-known row`)
      const at = (field: string) => row[column(field)] ?? NaN
      const g = {
        oriented: at('BKS_3stage_guillotine_oriented_3NHO'),
        rotation: at('BKS_3stage_guillotine_rotation_3NHR'),
      }
      instances.push({
        ...instance,
        knife: {
          oriented: Math.min(at('BKS_2BP_oriented'), g.oriented),
          rotation: Math.min(at('BKS_2BP_rotation'), g.rotation),
        },
        guillotine: g,
      })
    }
  }
  return instances
}

type Orientation = 'oriented' | 'rotation'

interface Run {
  readonly bins: number
  readonly ms: number
  readonly valid: boolean
  readonly atLowerBound: boolean
}

function runOurs(instance: Instance, mode: CutMode, orientation: Orientation): Run {
  const request: PackSheetsRequest = {
    mode,
    sheet: { widthMm: instance.width, heightMm: instance.height },
    kerfMm: 0,
    trimMm: 0,
    parts: instance.items.map((item, i) => ({
      id: String(i),
      widthMm: item.w,
      heightMm: item.h,
      count: 1,
      canRotate: orientation === 'rotation',
    })),
    search: { timeLimitMs: TIME_LIMIT_MS },
  }
  const started = performance.now()
  const result = packSheets(request)
  const ms = performance.now() - started
  const problems = validatePacking(request, result)
  if (problems.length > 0)
    console.error(`  ${instance.name} ${mode} ${orientation}: ${problems.slice(0, 3).join('; ')}`)
  const bins = result.sheets.length
  return { bins, ms, valid: problems.length === 0, atLowerBound: bins === result.lowerBound }
}

// maxrects-packer 2.7.4 declares "type": "module" but its "main" is a UMD file, whose names Node cannot import;
// its ES module build sits next to it.
type MaxRectsLibrary = typeof MaxRects
const loadMaxrects = async () =>
  (await import('maxrects-packer/dist/maxrects-packer.mjs' as string)) as MaxRectsLibrary

function runMaxrects(
  { MaxRectsPacker, PACKING_LOGIC }: MaxRectsLibrary,
  instance: Instance,
  orientation: Orientation,
): number {
  const counts = [PACKING_LOGIC.MAX_AREA, PACKING_LOGIC.MAX_EDGE].map((logic) => {
    const packer = new MaxRectsPacker<Box>(instance.width, instance.height, 0, {
      smart: false,
      pot: false,
      square: false,
      allowRotation: orientation === 'rotation',
      logic,
    })
    packer.addArray(instance.items.map((item) => ({ width: item.w, height: item.h, x: 0, y: 0 })))
    return packer.bins.length
  })
  return Math.min(...counts)
}

const overPct = (bins: number, known: number) => round((100 * (bins - known)) / known, 2)

function sheetFigures(instances: readonly Instance[], maxrects: MaxRectsLibrary): Figures {
  const figures: Figures = { instances: instances.length }
  const times: number[] = []
  let invalid = 0
  let atBound = 0
  const classes = [...new Set(instances.map((i) => i.classNo))]
  const lines: string[] = []
  for (const orientation of ['oriented', 'rotation'] as const) {
    const Orientation = orientation === 'oriented' ? 'Oriented' : 'Rotation'
    const zero = () => ({ knife: 0, guillotine: 0, maxrects: 0, knownKnife: 0, knownGuillotine: 0 })
    const totals = zero()
    const perClass = new Map<number, typeof totals>()
    for (const instance of instances) {
      const knife = runOurs(instance, 'knife', orientation)
      const guillotine = runOurs(instance, 'guillotine', orientation)
      const baseline = runMaxrects(maxrects, instance, orientation)
      for (const run of [knife, guillotine]) {
        times.push(run.ms)
        if (!run.valid) invalid++
        if (run.atLowerBound) atBound++
      }
      const row = perClass.get(instance.classNo) ?? zero()
      for (const t of [row, totals]) {
        t.knife += knife.bins
        t.guillotine += guillotine.bins
        t.maxrects += baseline
        t.knownKnife += instance.knife[orientation]
        t.knownGuillotine += instance.guillotine[orientation]
      }
      perClass.set(instance.classNo, row)
    }
    lines.push(
      `\n${orientation}: sheets per class (knife vs best known, straight cuts vs best 3-stage, maxrects-packer)`,
      'class  best   knife  over%   best3  guill  over%   maxrects  over%',
    )
    const line = (label: string, t: typeof totals) =>
      [
        label.padEnd(5),
        String(t.knownKnife).padStart(5),
        String(t.knife).padStart(7),
        overPct(t.knife, t.knownKnife).toFixed(2).padStart(6),
        String(t.knownGuillotine).padStart(7),
        String(t.guillotine).padStart(6),
        overPct(t.guillotine, t.knownGuillotine).toFixed(2).padStart(6),
        String(t.maxrects).padStart(10),
        overPct(t.maxrects, t.knownKnife).toFixed(2).padStart(6),
      ].join(' ')
    for (const classNo of classes) lines.push(line(String(classNo), perClass.get(classNo) ?? totals))
    lines.push(line('total', totals))
    console.log(lines.splice(0).join('\n'))
    Object.assign(figures, {
      [`knife${Orientation}Bins`]: totals.knife,
      [`knife${Orientation}BestKnown`]: totals.knownKnife,
      [`knife${Orientation}OverPct`]: overPct(totals.knife, totals.knownKnife),
      [`guillotine${Orientation}Bins`]: totals.guillotine,
      [`guillotine${Orientation}BestKnown3Stage`]: totals.knownGuillotine,
      [`guillotine${Orientation}OverPct`]: overPct(totals.guillotine, totals.knownGuillotine),
      [`maxrects${Orientation}Bins`]: totals.maxrects,
      [`maxrects${Orientation}OverPct`]: overPct(totals.maxrects, totals.knownKnife),
    })
  }
  return {
    ...figures,
    maxInstanceMs: Math.round(Math.max(...times)),
    medianInstanceMs: round(median(times), 1),
    meanInstanceMs: round(times.reduce((a, b) => a + b, 0) / times.length, 1),
    provedOptimalRuns: `${atBound} of ${times.length} (sheets = lower bound)`,
    invalidLayouts: invalid,
  }
}

/**
 * Generated cutting cases: strips and dowels of 914 or 1000 mm, 2 to 10 piece lengths of 10 mm up to a third of
 * the bar (a diorama's posts, planks and beams), 1 to 15 of each; kerf 0, 0.3 or 1 mm, a 5 mm trim on every
 * fourth case. With longLengths, pieces reach 45% of the bar: two or three per bar, where the lower bound is
 * often unreachable (printed for information).
 */
export function lengthCases(count: number, seed: number, longLengths = false): CutLengthsRequest[] {
  const random = seededRandom(seed)
  const between = (lo: number, hi: number) => lo + random() * (hi - lo)
  return Array.from({ length: count }, (_, c) => {
    const lengthMm = random() < 0.5 ? 914 : 1000
    const kinds = 2 + Math.floor(random() * 9)
    return {
      stock: [{ lengthMm }],
      kerfMm: [0, 0.3, 1][c % 3],
      trimMm: c % 4 === 0 ? 5 : 0,
      pieces: Array.from({ length: kinds }, (_, k) => ({
        id: `p${k}`,
        lengthMm: Math.round(between(10, (longLengths ? 0.45 : 1 / 3) * lengthMm) * 2) / 2,
        count: 1 + Math.floor(random() * 15),
      })),
    }
  })
}

export function lengthLowerBound(request: CutLengthsRequest): number {
  const kerf = request.kerfMm ?? 0.3
  const bar = request.stock[0]?.lengthMm ?? 0
  const total = request.pieces.reduce((sum, p) => sum + p.count * (p.lengthMm + kerf), 0)
  return Math.ceil(total / (bar - 2 * (request.trimMm ?? 0) + kerf) - 1e-9) * bar
}

function lengthFigures(longLengths: boolean): Figures {
  const cases = lengthCases(200, 2024, longLengths)
  let used = 0
  let bound = 0
  let atBound = 0
  let worstBarsOver = 0
  let invalid = 0
  const times: number[] = []
  for (const request of cases) {
    const started = performance.now()
    const result = cutLengths(request)
    times.push(performance.now() - started)
    if (validateCutLengths(request, result).length > 0 || result.unplaced.length > 0) invalid++
    const lb = lengthLowerBound(request)
    used += result.stockUsedMm
    bound += lb
    if (result.stockUsedMm <= lb) atBound++
    worstBarsOver = Math.max(
      worstBarsOver,
      Math.round((result.stockUsedMm - lb) / (request.stock[0]?.lengthMm ?? 1)),
    )
  }
  const prefix = longLengths ? 'longLength' : 'length'
  return {
    [`${prefix}Cases`]: cases.length,
    [`${prefix}StockUsedMm`]: used,
    [`${prefix}LowerBoundMm`]: bound,
    [`${prefix}OverLowerBoundPct`]: round((100 * (used - bound)) / bound, 2),
    [`${prefix}CasesAtLowerBound`]: atBound,
    [`${prefix}WorstCaseBarsOver`]: worstBarsOver,
    [`${prefix}MaxCaseMs`]: Math.round(Math.max(...times)),
    [longLengths ? 'invalidLongLengthResults' : 'invalidLengthResults']: invalid,
  }
}

export async function run(): Promise<Figures> {
  const quick = process.argv.includes('--quick')
  let sheets: Figures
  if (!existsSync(join(DATA_DIR, 'class_2bp_bks.csv'))) {
    console.log(`skipped the 2D instances: ${DATA_DIR} is not there`)
    sheets = { sheetInstances: 'skipped (no ../shared/bench/2bp)' }
  } else {
    const all = loadInstances()
    const instances = quick ? all.filter((i) => i.rel === 1) : all
    console.log(
      `${instances.length} instances${quick ? ' (quick: one per class and size)' : ''}, 4 runs each`,
    )
    sheets = sheetFigures(instances, await loadMaxrects())
  }
  return { ...sheets, ...lengthFigures(false), ...lengthFigures(true), quick: quick ? 'yes' : 'no' }
}
