import { describe, expect, it } from 'vitest'
import { FAMILIES } from '../../../src/domain/catalog'
import type { ParamSpec, PropFamily } from '../../../src/domain/catalog/types'
import { KIND_IDS, PER_UNIT } from '../../../src/domain/sharelink/kindIds'

/**
 * The table as links of format 1 were first written with it. Entries may gain parameters at their end and
 * the table may gain entries at its end; nothing here may ever change, or old links would change meaning.
 */
const FROZEN_V1: Record<string, [number, [string, number, number][]]> = {
  'balsa.strip': [
    1,
    [
      ['lengthMm', 100, 100],
      ['widthMm', 100, 6],
      ['thicknessMm', 100, 3],
    ],
  ],
  'balsa.plank-floor': [
    2,
    [
      ['lengthMm', 100, 120],
      ['widthMm', 100, 80],
      ['plankWidthMm', 100, 6],
      ['thicknessMm', 100, 1.5],
      ['gapMm', 100, 0.3],
    ],
  ],
  'balsa.post': [
    3,
    [
      ['diameterMm', 100, 4],
      ['heightMm', 100, 60],
    ],
  ],
  'balsa.crate': [
    4,
    [
      ['lengthMm', 100, 24],
      ['depthMm', 100, 16],
      ['heightMm', 100, 14],
      ['boardMm', 100, 1],
    ],
  ],
  'foil.crumpled-rock': [
    5,
    [
      ['widthMm', 100, 40],
      ['depthMm', 100, 30],
      ['heightMm', 100, 18],
      ['crumple', 1000, 0.6],
    ],
  ],
  'rust.oil-drum': [
    6,
    [
      ['diameterMm', 100, 16.3],
      ['heightMm', 100, 24.3],
    ],
  ],
  'rust.corrugated-sheet': [
    7,
    [
      ['lengthMm', 100, 60],
      ['widthMm', 100, 40],
      ['pitchMm', 100, 1.8],
      ['depthMm', 100, 0.4],
    ],
  ],
  'rust.i-beam': [
    8,
    [
      ['lengthMm', 100, 100],
      ['heightMm', 100, 8],
      ['flangeMm', 100, 4.5],
      ['steelMm', 100, 0.6],
    ],
  ],
  'rust.pipe': [
    9,
    [
      ['lengthMm', 100, 80],
      ['diameterMm', 100, 4],
    ],
  ],
}

const entries = Object.entries(KIND_IDS)

/** The line a colleague should append for a family the table lacks. */
function lineFor(family: PropFamily, id: number): string {
  const params = Object.entries(family.params)
    .map(([name, spec]: [string, ParamSpec]) => `${name}: ${spec.unit}(${spec.default})`)
    .join(', ')
  return `'${family.kind}': { id: ${id}, params: { ${params} } },`
}

describe('share-link kind ids (kindIds.ts)', () => {
  it('has an id for every catalog family: append the missing ones at the end of KIND_IDS', () => {
    const missing = FAMILIES.filter((f) => !Object.hasOwn(KIND_IDS, f.kind))
    expect(missing.map((f, i) => lineFor(f, entries.length + 1 + i))).toEqual([])
  })

  it('has every parameter of every family, with the catalog unit: append new ones at the end of the line', () => {
    const problems = FAMILIES.flatMap((family) => {
      const entry = Object.hasOwn(KIND_IDS, family.kind) ? KIND_IDS[family.kind] : undefined
      if (!entry) return []
      return Object.entries(family.params).flatMap(([name, spec]) => {
        const frozen = Object.hasOwn(entry.params, name) ? entry.params[name] : undefined
        if (!frozen) return [`${family.kind}: append ${name}: ${spec.unit}(${spec.default})`]
        if (frozen.perUnit !== PER_UNIT[spec.unit]) return [`${family.kind}.${name}: unit is ${spec.unit}`]
        if (frozen.default < spec.min || frozen.default > spec.max)
          return [`${family.kind}.${name}: frozen default ${frozen.default} is out of the catalog range`]
        return []
      })
    })
    expect(problems).toEqual([])
  })

  it('numbers kinds 1, 2, 3... in the order they were added, so ids are never reused', () => {
    expect(entries.map(([, e]) => e.id)).toEqual(entries.map((_, i) => i + 1))
  })

  it('never changes what format 1 links were written with', () => {
    for (const [kind, [id, params]] of Object.entries(FROZEN_V1)) {
      const entry = KIND_IDS[kind]
      expect(entry?.id, kind).toBe(id)
      const now = Object.entries(entry?.params ?? {}).slice(0, params.length)
      expect(
        now.map(([name, p]) => [name, p.perUnit, p.default]),
        kind,
      ).toEqual(params)
    }
  })
})
