import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
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
  it('has fixture links of format 1', () => {
    expect(links).toEqual(expect.arrayContaining(['v1/demo', 'v1/empty', 'v1/realistic-200']))
  })

  it.each(links)('%s opens as the scene it was made from', (name) => {
    const result = decodeShareLink(read(`${name}.txt`))
    if (!result.ok) throw new Error(result.error.message)
    // A subset match: families may gain parameters (with defaults) after a link was made.
    expect(result.value).toMatchObject(JSON.parse(read(`${name}.json`)) as object)
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
