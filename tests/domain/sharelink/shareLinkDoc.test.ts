import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../../src/domain/schema/limits'
import { RICE_MAX_QUOTIENT } from '../../../src/domain/sharelink/columns'
import { KIND_IDS } from '../../../src/domain/sharelink/kindIds'
import {
  MAX_FRAGMENT_CHARS,
  MAX_PAYLOAD_BYTES,
  SHARE_LINK_VERSION,
} from '../../../src/domain/sharelink/shareLink'

const doc = readFileSync(new URL('../../../docs/share-link.md', import.meta.url), 'utf8')

/** Rows of the kind id table: id, kind and "name default" pairs, ratio parameters marked. */
function kindRows() {
  const section = doc.split('### Parameters and the kind table')[1]?.split('\n#')[0] ?? ''
  return section
    .split('\n')
    .filter((line) => /^\|\s*\d+\s*\|/.test(line))
    .map((line) => {
      const [id, kind, params] = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim())
      return {
        id: Number(id),
        kind: (kind ?? '').replaceAll('`', ''),
        params: [...(params ?? '').matchAll(/(\w+) ([\d.]+)( \(ratio)?/g)].map((m) => [
          m[1],
          m[3] ? 1000 : 100,
          Number(m[2]),
        ]),
      }
    })
}

describe('docs/share-link.md', () => {
  it('lists the kind ids of format 1 as kindIds.ts has them', () => {
    const rows = kindRows()
    expect(rows.length).toBeGreaterThanOrEqual(9)
    for (const row of rows) {
      const entry = KIND_IDS[row.kind]
      expect(entry?.id, row.kind).toBe(row.id)
      const table = Object.entries(entry?.params ?? {}).map(([name, p]) => [name, p.perUnit, p.default])
      expect(table.slice(0, row.params.length), row.kind).toEqual(row.params)
    }
  })

  it('states the version and the limits the code enforces', () => {
    expect(doc).toContain(`# Share link format, version ${SHARE_LINK_VERSION}`)
    expect(doc).toContain(`at most ${MAX_FRAGMENT_CHARS.toLocaleString('en')} characters (64 KiB)`)
    expect(doc).toContain(`at most 1 MiB (${MAX_PAYLOAD_BYTES.toLocaleString('en')} bytes)`)
    expect(doc).toContain(`at most ${LIMITS.maxProps.toLocaleString('en')}`)
    expect(doc).toContain(`\`q\` is at most ${RICE_MAX_QUOTIENT}`)
  })
})
