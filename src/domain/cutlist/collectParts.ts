import { familyOf } from '../catalog'
import { STOCK_KINDS, type MaterialKind, type Part, type StockKind } from '../catalog/types'
import { isCustomModel, type Scene } from '../scene/types'
import type { CutPart, PartSize } from './types'

interface Found {
  readonly stock: StockKind
  readonly label: string
  readonly prop: string
  readonly propId: string
  readonly material: MaterialKind
  readonly size: PartSize
  readonly count: number
  readonly grain: CutPart['grain']
}

/**
 * Every part of every prop, gathered into cut-list lines: parts of the same stock whose sizes all differ by less
 * than `toleranceMm` are one line (a 4.3 mm and a 4.25 mm board are cut alike). Areas and volumes compare by the
 * side of the equivalent square or cube, so the tolerance still reads as millimetres.
 */
export function collectParts(scene: Scene, toleranceMm: number): CutPart[] {
  const groups: Found[][] = []
  for (const found of scenePartsOf(scene)) {
    // Every member must be within the tolerance of the newcomer, so near-matches cannot chain into a drift.
    const group = groups.find((g) => g.every((member) => sameLine(member, found, toleranceMm)))
    if (group) group.push(found)
    else groups.push([found])
  }
  const lines = groups.map(mergeGroup).sort(byStockThenSize)
  return lines.map((line, i) => ({ ...line, tag: tagFor(i) }))
}

function* scenePartsOf(scene: Scene): Generator<Found> {
  for (const prop of scene.props) {
    // A custom model was printed or bought, not cut: it has no parts.
    if (isCustomModel(prop)) continue
    const family = familyOf(prop.kind)
    if (!family) continue
    const propName = prop.name ?? family.label
    for (const part of family.parts(prop.params)) {
      if (part.count <= 0) continue
      yield {
        stock: part.stock,
        label: part.label,
        prop: propName,
        propId: prop.id,
        material: family.material,
        size: sizeOf(part),
        count: part.count,
        grain: 'grain' in part ? part.grain : 'none',
      }
    }
  }
}

function sizeOf(part: Part): PartSize {
  if ('thicknessMm' in part) {
    // Ungrained parts may be cut either way: the longer side is the length, so equal parts compare equal.
    const [w, l] =
      part.grain === 'none' && part.widthMm > part.lengthMm
        ? [part.lengthMm, part.widthMm]
        : [part.widthMm, part.lengthMm]
    return { shape: 'flat', thicknessMm: part.thicknessMm, widthMm: w, lengthMm: l }
  }
  if ('diameterMm' in part) return { shape: 'length', diameterMm: part.diameterMm, lengthMm: part.lengthMm }
  if ('areaMm2' in part) return { shape: 'area', areaMm2: part.areaMm2 }
  return { shape: 'volume', volumeMm3: part.volumeMm3 }
}

/** The sizes that must agree for two parts to be one line, in mm. */
export function measuresOf(size: PartSize): number[] {
  switch (size.shape) {
    case 'flat':
      return [size.thicknessMm, size.widthMm, size.lengthMm]
    case 'length':
      return [size.diameterMm, size.lengthMm]
    case 'area':
      return [Math.sqrt(size.areaMm2)]
    case 'volume':
      return [Math.cbrt(size.volumeMm3)]
  }
}

/** Float dust: 6.1 - 6 is 0.0999…, which must not count as under a 0.1 mm tolerance. */
const EPSILON_MM = 1e-9

function sameLine(a: Found, b: Found, toleranceMm: number): boolean {
  if (a.stock !== b.stock || a.grain !== b.grain || a.material !== b.material) return false
  // Profiles come in shapes (I-beam, angle) that only the part's name tells apart.
  if (a.stock === 'styrene-profile' && a.label !== b.label) return false
  const ma = measuresOf(a.size)
  const mb = measuresOf(b.size)
  return ma.length === mb.length && ma.every((v, i) => Math.abs(v - mb[i]!) < toleranceMm - EPSILON_MM)
}

function mergeGroup(group: Found[]): Omit<CutPart, 'tag'> {
  const first = group[0]!
  return {
    stock: first.stock,
    label: distinct(group.map((f) => f.label)).join(' / '),
    props: countedNames(group),
    material: first.material,
    size: largest(group.map((f) => f.size)),
    count: group.reduce((sum, f) => sum + f.count, 0),
    grain: first.grain,
  }
}

function largest(sizes: PartSize[]): PartSize {
  const first = sizes[0]!
  const max = measuresOf(first).map((_, i) => Math.max(...sizes.map((s) => measuresOf(s)[i]!)))
  switch (first.shape) {
    case 'flat':
      return { shape: 'flat', thicknessMm: max[0]!, widthMm: max[1]!, lengthMm: max[2]! }
    case 'length':
      return { shape: 'length', diameterMm: max[0]!, lengthMm: max[1]! }
    case 'area':
      return { shape: 'area', areaMm2: max[0]! ** 2 }
    case 'volume':
      return { shape: 'volume', volumeMm3: max[0]! ** 3 }
  }
}

const distinct = (values: string[]): string[] => [...new Set(values)]

/** "Plank floor ×2, Crate": each prop name once, with how many props of that name yield the part. */
function countedNames(group: Found[]): string {
  const props = new Map<string, Set<string>>()
  for (const f of group) props.set(f.prop, (props.get(f.prop) ?? new Set()).add(f.propId))
  return [...props].map(([name, ids]) => (ids.size > 1 ? `${name} ×${ids.size}` : name)).join(', ')
}

function byStockThenSize(a: Omit<CutPart, 'tag'>, b: Omit<CutPart, 'tag'>): number {
  const byStock = STOCK_KINDS.indexOf(a.stock) - STOCK_KINDS.indexOf(b.stock)
  if (byStock !== 0) return byStock
  const ma = measuresOf(a.size)
  const mb = measuresOf(b.size)
  // Thickness (or diameter) ascending groups one stock item together; then the biggest parts first.
  if (ma[0] !== mb[0]) return ma[0]! - mb[0]!
  for (let i = ma.length - 1; i > 0; i--) if (ma[i] !== mb[i]) return mb[i]! - ma[i]!
  return a.label.localeCompare(b.label)
}

/** A, B, … Z, AA, AB, …: short enough to print inside a 3 mm part. */
export function tagFor(index: number): string {
  let n = index
  let tag = ''
  do {
    tag = String.fromCharCode(65 + (n % 26)) + tag
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return tag
}
