import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FAMILIES } from '../../src/domain/catalog/index'
import { SCENE_FORMAT_VERSION } from '../../src/domain/scene/types'
import { LIMITS } from '../../src/domain/schema/limits'
import { parseSceneJson } from '../../src/domain/schema/parseScene'

const doc = readFileSync(new URL('../../docs/scene-format.md', import.meta.url), 'utf8')

/** The cells of every table row under the "Prop kinds" heading, kind carried down to its follow-on rows. */
function kindRows(): { kind: string; label: string; param: string; values: number[] }[] {
  const section = doc.split('## Prop kinds')[1]?.split('\n## ')[0] ?? ''
  const rows = section.split('\n').filter((l) => /^\|\s*(`|\|)/.test(l) && l.includes('`'))
  let kind = ''
  let label = ''
  return rows.map((row) => {
    const cells = row
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim())
    if (cells[0]) kind = cells[0].replaceAll('`', '')
    if (cells[1]) label = cells[1]
    return { kind, label, param: (cells[2] ?? '').replaceAll('`', ''), values: cells.slice(4).map(Number) }
  })
}

describe('docs/scene-format.md', () => {
  it('names the format it describes', () => {
    expect(doc).toContain(`# Scene format, version ${SCENE_FORMAT_VERSION}\n`)
    expect(doc).toContain(`writes **format ${SCENE_FORMAT_VERSION}**`)
  })

  it('has an example that parses as a valid scene', () => {
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1]
    expect(example).toBeDefined()
    const result = parseSceneJson(example ?? '')
    expect(result.ok ? 'valid' : result.error.summary).toBe('valid')
  })

  it('lists every prop kind with every parameter, default and range from the catalog', () => {
    const expected = FAMILIES.flatMap((f) =>
      Object.entries(f.params).map(([param, s]) => ({
        kind: f.kind,
        label: f.label,
        param,
        values: [s.default, s.min, s.max],
      })),
    )
    expect(kindRows()).toEqual(expected)
  })

  it('states the limits', () => {
    expect(doc).toContain(`at most ${LIMITS.maxProps.toLocaleString('en')}`)
    expect(doc).toContain(`1 to ${LIMITS.maxNameChars} characters`)
    expect(doc).toContain(`${LIMITS.minBaseMm} to ${LIMITS.maxBaseMm} mm`)
    expect(doc).toContain(`${LIMITS.minBaseThicknessMm} to ${LIMITS.maxBaseThicknessMm} mm`)
    expect(doc).toContain(`${LIMITS.minRatio} to ${LIMITS.maxRatio} (`)
    expect(doc).toContain(`-${LIMITS.maxRotationDeg}° to ${LIMITS.maxRotationDeg}°`)
    const row = (label: string, value: string) => new RegExp(`\\| ${label}\\s*\\| ${value}\\s*\\|`)
    expect(doc).toMatch(row('Groups per scene', `at most ${LIMITS.maxGroups.toLocaleString('en')}`))
    expect(doc).toMatch(row('Camera bookmarks', `at most ${LIMITS.maxBookmarks}`))
    expect(doc).toContain(`1 to ${LIMITS.maxLabelChars} characters`)
    expect(doc).toContain(`1 to ${LIMITS.maxModelIdChars} characters`)
    expect(doc).toContain(`${LIMITS.minModelSizeMm} to ${LIMITS.maxModelSizeMm} mm per axis`)
    expect(doc).toContain(`within ±${LIMITS.maxCameraMm.toLocaleString('en')} mm per axis`)
    expect(doc).toContain(`${LIMITS.minZoom} to ${LIMITS.maxZoom.toLocaleString('en')}`)
    expect(LIMITS.maxJsonChars).toBe(20 * 1024 * 1024)
  })
})
