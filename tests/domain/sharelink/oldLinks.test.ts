import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScene } from '../../../src/domain/schema/parseScene'
import { decodeShareLink } from '../../../src/domain/sharelink/shareLink'

const ROOT = new URL('../../fixtures/links/', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8').trim()

/** Every fixture link of every released format: tests/fixtures/links/v<N>/<name>.txt with <name>.json. */
const links = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(new URL(`${d.name}/`, ROOT))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `${d.name}/${f.slice(0, -'.txt'.length)}`),
  )

describe('old share links keep opening', () => {
  it('has fixture links of formats 1 and 2', () => {
    expect(links).toEqual(
      expect.arrayContaining(['v1/demo', 'v1/empty', 'v1/realistic-200', 'v2/modelling', 'v2/realistic-200']),
    )
  })

  it.each(links)('%s opens as the scene it was made from', (name) => {
    const result = decodeShareLink(read(`${name}.txt`))
    if (!result.ok) throw new Error(result.error.message)
    // The expected scene is a scene file of its day: opened through the door, it is migrated to today's
    // format. A subset match: families may gain parameters (with defaults) after a link was made.
    const expected = parseScene(JSON.parse(read(`${name}.json`)))
    if (!expected.ok) throw new Error(expected.error.summary)
    expect(result.value).toMatchObject(expected.value)
  })

  it('opens the format 1 demo link as the demo: the workshop corner with its 16 props', () => {
    const result = decodeShareLink(read('v1/demo.txt'))
    if (!result.ok) throw new Error(result.error.message)
    const { name, scale, base, props } = result.value
    expect({ name, scale, base, count: props.length }).toEqual({
      name: 'Rusty workshop corner',
      scale: { ratio: 35, name: '1:35 military' },
      base: { widthMm: 300, depthMm: 200, thicknessMm: 12 },
      count: 16,
    })
    expect(props[7]).toMatchObject({
      kind: 'rust.oil-drum',
      name: 'Fallen drum',
      position: { x: 110, y: 8.15, z: 10 },
      rotation: { x: 0, y: 30, z: 90 },
      material: { seed: 44, rust: 1 },
    })
  })
})
