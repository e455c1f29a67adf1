// @vitest-environment jsdom
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeProp } from '../../src/domain/scene/addProp'
import { createScene } from '../../src/domain/scene/createScene'
import { exportGlb } from '../../src/export/exportGlb'
import { exportStl } from '../../src/export/exportStl'
import { checkModelBytes } from '../../src/models/checkModelBytes'
import { MODEL_LIMITS } from '../../src/models/modelLimits'
import { readModelFile } from '../../src/models/readModelFile'

const crate = { ...createScene(), props: [makeProp({ kind: 'balsa.crate', seed: 1 })] }
const drum = { ...createScene(), props: [makeProp({ kind: 'rust.oil-drum', seed: 1 })] }
const bytesOf = (b: ArrayBuffer) => new Uint8Array(b)

/** A GLB with its JSON chunk rewritten by `edit` (lengths fixed up, so only the description lies). */
function editGlb(glb: Uint8Array, edit: (json: Record<string, unknown>) => void): Uint8Array {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength)
  const jsonLength = view.getUint32(12, true)
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength)))
  edit(json)
  let text = JSON.stringify(json)
  while (text.length % 4) text += ' '
  const jsonBytes = new TextEncoder().encode(text)
  const rest = glb.subarray(20 + jsonLength)
  const out = new Uint8Array(20 + jsonBytes.length + rest.length)
  const o = new DataView(out.buffer)
  out.set(glb.subarray(0, 12))
  o.setUint32(8, out.length, true)
  o.setUint32(12, jsonBytes.length, true)
  o.setUint32(16, 0x4e4f534a, true)
  out.set(jsonBytes, 20)
  out.set(rest, 20 + jsonBytes.length)
  return out
}

describe('importing a model', () => {
  it('reads an STL in millimetres, standing on its underside', async () => {
    const read = await readModelFile('oil_drum.stl', bytesOf(exportStl(drum)))
    if (!read.ok) throw new Error(read.reason)
    expect(read.model.name).toBe('oil drum')
    expect(read.model.sizeMm.x).toBeCloseTo(16.3, 0)
    const ys = read.model.positions.filter((_, i) => i % 3 === 1)
    expect(Math.min(...ys)).toBeCloseTo(0, 5)
    expect(Math.max(...ys)).toBeCloseTo(read.model.sizeMm.y, 3)
  })

  it('reads a GLB in metres as model millimetres', async () => {
    const read = await readModelFile('crate.glb', bytesOf(await exportGlb(crate)))
    if (!read.ok) throw new Error(read.reason)
    expect(read.model.sizeMm.x).toBeGreaterThan(10)
    expect(read.model.sizeMm.x).toBeLessThan(40)
    expect(read.model.triangles).toBeGreaterThan(10)
  })

  it('reads a text STL', async () => {
    const facet = (a: string, b: string, c: string) =>
      `facet normal 0 0 1\nouter loop\nvertex ${a}\nvertex ${b}\nvertex ${c}\nendloop\nendfacet\n`
    const text = `solid t\n${facet('0 0 0', '10 0 0', '0 10 0')}${facet('0 0 0', '0 10 0', '0 0 10')}endsolid t\n`
    const read = await readModelFile('t.stl', new TextEncoder().encode(text))
    expect(read.ok && read.model.triangles).toBe(2)
  })
})

describe('refusing bad model files, with a reason', () => {
  it('refuses what is not a model', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82])
    expect(await readModelFile('x.png', png)).toEqual({
      ok: false,
      reason: 'this is not a glTF, GLB or STL file',
    })
    expect((await readModelFile('x.glb', new Uint8Array(4))).ok).toBe(false)
  })

  it('refuses a truncated GLB', async () => {
    const glb = bytesOf(await exportGlb(crate))
    const read = await readModelFile('cut.glb', glb.subarray(0, glb.length - 100))
    expect(read).toEqual({ ok: false, reason: 'the GLB file is truncated or its length is wrong' })
  })

  it('refuses a GLB whose buffer claims a gigabyte', async () => {
    const glb = editGlb(bytesOf(await exportGlb(crate)), (json) => {
      ;(json.buffers as { byteLength: number }[])[0]!.byteLength = 1e9
    })
    const read = await readModelFile('huge.glb', glb)
    expect(read.ok).toBe(false)
    expect(!read.ok && read.reason).toMatch(/claims 954 MB that the file does not hold/)
  })

  it('refuses an accessor that claims millions of triangles its buffer does not hold', async () => {
    const glb = editGlb(bytesOf(await exportGlb(crate)), (json) => {
      ;(json.accessors as { count: number }[])[0]!.count = 5_000_000
    })
    expect(checkModelBytes(glb)).toEqual({
      ok: false,
      reason: 'accessor 0 claims more data than its buffer view holds',
    })
  })

  it('refuses models over the triangle limit and files over the size limit, before parsing', () => {
    const n = MODEL_LIMITS.maxTriangles + 1
    const stl = new Uint8Array(84 + n * 50)
    new DataView(stl.buffer).setUint32(80, n, true)
    const check = checkModelBytes(stl)
    expect(check.ok).toBe(false)
    expect(!check.ok && check.reason).toMatch(/triangles; the limit is 300,000/)
    const big = new Uint8Array(MODEL_LIMITS.maxBytes + 1)
    expect(checkModelBytes(big)).toEqual({ ok: false, reason: 'the file is 20 MB; the limit is 20 MB' })
  })

  it('refuses a glTF that points at other files (there is no network to fetch them)', () => {
    const gltf = {
      asset: { version: '2.0' },
      buffers: [{ byteLength: 10, uri: 'https://example.com/a.bin' }],
    }
    expect(checkModelBytes(new TextEncoder().encode(JSON.stringify(gltf)))).toEqual({
      ok: false,
      reason: 'the model refers to other files; open a .glb, or a .gltf with its data embedded',
    })
  })

  it('never throws on damaged GLB or STL bytes, and answers fast', async () => {
    const glb = bytesOf(await exportGlb(crate))
    const stl = bytesOf(exportStl(drum))
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(glb, stl),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        async (original, flips, cut) => {
          const bytes = original.slice(0, Math.max(12, original.length - (cut % 64)))
          for (const [at, value] of flips) bytes[at % bytes.length] = value
          const started = performance.now()
          const read = await readModelFile('fuzz.glb', bytes)
          expect(typeof read.ok).toBe('boolean')
          expect(performance.now() - started).toBeLessThan(2000)
        },
      ),
      { numRuns: 150 },
    )
  })
})
