/**
 * The share-link number of every prop kind, and of every parameter of each kind (by position), with the
 * default a link leaves out. FROZEN: links in chats and forums use these numbers forever.
 *
 * Rules for a new family (a unit test fails until they are followed):
 * - append one line at the end with the next id, listing every parameter in the family's order with its
 *   current default and unit (`mm`, `ratio`, `count`), e.g.
 *   `'balsa.ladder': { id: 10, params: { heightMm: mm(60), rungs: count(8) } },`
 * - a new parameter of an existing family is appended to the end of that family's line;
 * - never change, reorder or delete an entry, an id, a default or a unit, even when the catalog changes:
 *   a link stores only the parameters that differ from the default written here, so changing it would change
 *   what old links mean. (A catalog default that drifts from the one here only costs a few characters.)
 */

export interface FrozenParam {
  /** Stored values are whole numbers of 1/perUnit: 100 for mm (0.01 mm), 1000 for ratios, 1 for counts. */
  readonly perUnit: number
  readonly default: number
}

export interface KindEntry {
  readonly id: number
  /** In the order of the bits of a prop's parameter mask: the first is bit 0. */
  readonly params: Readonly<Record<string, FrozenParam>>
}

/** Per catalog unit, how finely a link stores a value: 0.01 mm, 0.001 of a ratio, whole counts. */
export const PER_UNIT = { mm: 100, ratio: 1000, count: 1 } as const

const param =
  (unit: keyof typeof PER_UNIT) =>
  (def: number): FrozenParam => ({ perUnit: PER_UNIT[unit], default: def })
/** One per catalog unit; exported so every unit has a user even before a family needs it. */
export const mm = param('mm')
export const ratio = param('ratio')
export const count = param('count')

export const KIND_IDS: Readonly<Record<string, KindEntry>> = {
  'balsa.strip': { id: 1, params: { lengthMm: mm(100), widthMm: mm(6), thicknessMm: mm(3) } },
  'balsa.plank-floor': {
    id: 2,
    params: { lengthMm: mm(120), widthMm: mm(80), plankWidthMm: mm(6), thicknessMm: mm(1.5), gapMm: mm(0.3) },
  },
  'balsa.post': { id: 3, params: { diameterMm: mm(4), heightMm: mm(60) } },
  'balsa.crate': { id: 4, params: { lengthMm: mm(24), depthMm: mm(16), heightMm: mm(14), boardMm: mm(1) } },
  'foil.crumpled-rock': {
    id: 5,
    params: { widthMm: mm(40), depthMm: mm(30), heightMm: mm(18), crumple: ratio(0.6) },
  },
  'rust.oil-drum': { id: 6, params: { diameterMm: mm(16.3), heightMm: mm(24.3) } },
  'rust.corrugated-sheet': {
    id: 7,
    params: { lengthMm: mm(60), widthMm: mm(40), pitchMm: mm(1.8), depthMm: mm(0.4) },
  },
  'rust.i-beam': {
    id: 8,
    params: { lengthMm: mm(100), heightMm: mm(8), flangeMm: mm(4.5), steelMm: mm(0.6) },
  },
  'rust.pipe': { id: 9, params: { lengthMm: mm(80), diameterMm: mm(4) } },
  // Append new kinds here, with the next id.
}

export interface KnownKind {
  readonly kind: string
  readonly id: number
  /** [name, frozen] in mask-bit order. */
  readonly params: readonly (readonly [string, FrozenParam])[]
}

const known: KnownKind[] = Object.entries(KIND_IDS).map(([kind, e]) => ({
  kind,
  id: e.id,
  params: Object.entries(e.params),
}))
// Maps, not the object above, for lookups: a kind read from a document could be "__proto__".
const byKind = new Map(known.map((k) => [k.kind, k]))
const byId = new Map(known.map((k) => [k.id, k]))

export const knownKind = (kind: string): KnownKind | undefined => byKind.get(kind)
export const kindWithId = (id: number): KnownKind | undefined => byId.get(id)
