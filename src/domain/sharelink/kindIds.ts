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
  'balsa.sheet': { id: 10, params: { lengthMm: mm(80), widthMm: mm(50), thicknessMm: mm(1.6) } },
  'balsa.block': { id: 11, params: { lengthMm: mm(20), widthMm: mm(15), heightMm: mm(10) } },
  'balsa.plank-wall': {
    id: 12,
    params: {
      lengthMm: mm(80),
      heightMm: mm(69),
      plankWidthMm: mm(4.3),
      thicknessMm: mm(0.8),
      gapMm: mm(0.2),
      studMm: mm(1.1),
      studDepthMm: mm(2.5),
      studSpacingMm: mm(11.4),
    },
  },
  'balsa.open-crate': {
    id: 13,
    params: {
      lengthMm: mm(14.3),
      depthMm: mm(8.6),
      heightMm: mm(8.6),
      boardMm: mm(0.5),
      slats: count(2),
      slatGapMm: mm(1.2),
    },
  },
  'balsa.pallet': {
    id: 14,
    params: {
      lengthMm: mm(34.3),
      widthMm: mm(22.9),
      boardMm: mm(0.6),
      boardWidthMm: mm(4.1),
      topBoards: count(5),
      blockHeightMm: mm(2.2),
    },
  },
  'balsa.ladder': {
    id: 15,
    params: {
      heightMm: mm(71),
      widthMm: mm(13),
      railMm: mm(1),
      railDepthMm: mm(1.9),
      rungDiameterMm: mm(0.9),
      rungSpacingMm: mm(8.6),
    },
  },
  'balsa.door': {
    id: 16,
    params: {
      widthMm: mm(26),
      heightMm: mm(57),
      thicknessMm: mm(1),
      plankWidthMm: mm(4.3),
      ledgeWidthMm: mm(4.3),
    },
  },
  'balsa.window': {
    id: 17,
    params: {
      widthMm: mm(26),
      heightMm: mm(34),
      frameMm: mm(1.7),
      depthMm: mm(1.6),
      barMm: mm(0.7),
      columns: count(2),
      rows: count(3),
      glazingMm: mm(0.25),
    },
  },
  'balsa.shelf-unit': {
    id: 18,
    params: { widthMm: mm(26), heightMm: mm(51), depthMm: mm(11), boardMm: mm(0.8), shelves: count(5) },
  },
  'balsa.table': {
    id: 19,
    params: {
      lengthMm: mm(43),
      widthMm: mm(23),
      heightMm: mm(21.4),
      topMm: mm(1),
      legMm: mm(1.7),
      apronMm: mm(2.3),
    },
  },
  'balsa.picket-fence': {
    id: 20,
    params: {
      lengthMm: mm(60),
      heightMm: mm(30),
      postMm: mm(2.5),
      postSpacingMm: mm(52),
      railMm: mm(1.1),
      picketWidthMm: mm(2.2),
      gapMm: mm(1.5),
      thicknessMm: mm(0.6),
    },
  },
  'balsa.stairs': {
    id: 21,
    params: {
      widthMm: mm(26),
      riseMm: mm(5),
      goingMm: mm(7),
      steps: count(6),
      treadMm: mm(1),
      stringerMm: mm(1.5),
    },
  },
  'foil.flat-sheet': { id: 22, params: { lengthMm: mm(60), widthMm: mm(40), layers: count(1) } },
  'foil.duct': {
    id: 23,
    params: { diameterMm: mm(8.6), runMm: mm(60), riseMm: mm(40), bendRadiusMm: mm(8.6), bends: count(1) },
  },
  'foil.roofing': {
    id: 24,
    params: { spanMm: mm(60), lengthMm: mm(80), riseMm: mm(17), thicknessMm: mm(1.5), courseMm: mm(10) },
  },
  'rust.angle-iron': { id: 25, params: { lengthMm: mm(80), upMm: mm(2), flatMm: mm(2), steelMm: mm(0.4) } },
  'rust.pipe-run': {
    id: 26,
    params: { diameterMm: mm(3.3), runMm: mm(60), riseMm: mm(40), bendRadiusMm: mm(4.9), bends: count(1) },
  },
  'rust.water-tank': {
    id: 27,
    params: { diameterMm: mm(31), heightMm: mm(31), standMm: mm(20), legMm: mm(1.5) },
  },
  'rust.mesh-grate': {
    id: 28,
    params: { lengthMm: mm(40), widthMm: mm(25), pitchMm: mm(1.2), barMm: mm(0.3), depthMm: mm(0.8) },
  },
  'rust.riveted-plate': {
    id: 29,
    params: {
      lengthMm: mm(60),
      widthMm: mm(40),
      thicknessMm: mm(0.5),
      rivetMm: mm(0.6),
      pitchMm: mm(2.1),
      insetMm: mm(1.5),
    },
  },
  'rust.sign': {
    id: 30,
    params: {
      plateWidthMm: mm(17),
      plateHeightMm: mm(11.4),
      plateMm: mm(0.25),
      postMm: mm(1.7),
      heightMm: mm(63),
    },
  },
  'plaster.brick-wall': {
    id: 31,
    params: {
      lengthMm: mm(60),
      heightMm: mm(30),
      thicknessMm: mm(6.2),
      brickMm: mm(6.4),
      courseMm: mm(2.1),
      jointMm: mm(0.3),
    },
  },
  'plaster.terrain-slab': {
    id: 32,
    params: { lengthMm: mm(60), widthMm: mm(40), thicknessMm: mm(8), bumpMm: mm(3) },
  },
  'plastic.rod': { id: 33, params: { lengthMm: mm(80), diameterMm: mm(1.5) } },
  'plastic.tube': { id: 34, params: { lengthMm: mm(60), diameterMm: mm(4), wallMm: mm(0.5) } },
  'plastic.styrene-sheet': { id: 35, params: { lengthMm: mm(60), widthMm: mm(40), thicknessMm: mm(0.5) } },
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
