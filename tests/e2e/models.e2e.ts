/** Importing the maker's own models: GLB and STL land in the scene and the outliner; a bad file changes nothing. */
import type { Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { makeProp } from '../../src/domain/scene/addProp'
import { createScene } from '../../src/domain/scene/createScene'
import { exportStl } from '../../src/export/exportStl'
import { closeBrowser, openApp } from './harness'
import { openEditor, outliner, propCount, settledPixels } from './editor'

afterAll(closeBrowser)

const drumStl = Buffer.from(
  exportStl({ ...createScene(), props: [makeProp({ kind: 'rust.oil-drum', seed: 1 })] }),
)
const drumTriangles = drumStl.readUInt32LE(80)

/** Triangles drawn in the last frame, shadow pass included. */
const triangles = (page: Page): Promise<number> =>
  page.evaluate<number>('window.__dioramaStats ? window.__dioramaStats.triangles : 0')

/** A minimal valid GLB: one triangle, 1 m wide (a 1:1 object in metres, to be scaled down to fit). */
function triangleGlb(): Buffer {
  const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0])
  const bin = Buffer.from(positions.buffer)
  const json = {
    asset: { version: '2.0' },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
    accessors: [
      { bufferView: 0, componentType: 5126, count: 3, type: 'VEC3', min: [0, 0, 0], max: [1, 1, 0] },
    ],
    bufferViews: [{ buffer: 0, byteLength: bin.length }],
    buffers: [{ byteLength: bin.length }],
  }
  let text = JSON.stringify(json)
  while (text.length % 4) text += ' '
  const jsonChunk = Buffer.from(text)
  const header = Buffer.alloc(12)
  header.write('glTF', 0, 'latin1')
  header.writeUInt32LE(2, 4)
  header.writeUInt32LE(12 + 8 + jsonChunk.length + 8 + bin.length, 8)
  const chunk = (type: number, body: Buffer) => {
    const head = Buffer.alloc(8)
    head.writeUInt32LE(body.length, 0)
    head.writeUInt32LE(type, 4)
    return Buffer.concat([head, body])
  }
  return Buffer.concat([header, chunk(0x4e4f534a, jsonChunk), chunk(0x004e4942, bin)])
}

it('imports an STL and a GLB as props, and refuses a file that is not a model', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    const input = page.getByLabel('Model file to import')
    await expect.poll(() => input.count(), { timeout: 30_000 }).toBe(1)

    await settledPixels(page)
    const before = await triangles(page)
    await input.setInputFiles({ name: 'old_drum.stl', mimeType: 'model/stl', buffer: drumStl })
    await expect.poll(() => propCount(page), { timeout: 30_000 }).toBe(17)
    // Drawn as its own triangles, not as a stand-in box (a box is 12).
    await expect
      .poll(async () => (await triangles(page)) - before, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(drumTriangles)
    expect(await outliner(page).getByRole('button', { name: 'old drum' }).count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Add old drum' }).count()).toBe(1)

    await input.setInputFiles({ name: 'sign.glb', mimeType: 'model/gltf-binary', buffer: triangleGlb() })
    await expect.poll(() => propCount(page), { timeout: 30_000 }).toBe(18)
    expect(await outliner(page).getByRole('button', { name: 'sign' }).count()).toBe(1)
    await expect
      .poll(() => page.getByText(/"sign" is 1000 × 1000 × 0 mm: placed at \d+ % to fit the base/).count())
      .toBe(1)

    await input.setInputFiles({
      name: 'holiday.png',
      mimeType: 'image/png',
      buffer: Buffer.from('\x89PNG\r\n\x1a\nnot a model at all'),
    })
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: '"holiday.png" could not be imported' }).count())
      .toBe(1)
    expect(
      await page.getByRole('alert').filter({ hasText: 'this is not a glTF, GLB or STL file' }).count(),
    ).toBe(1)
    expect(await propCount(page)).toBe(18)

    // A share link carries each model's name and size; a browser without the files says which are missing.
    await page.getByRole('button', { name: 'Share…' }).click()
    const field = page.getByRole('textbox', { name: 'Share link' })
    await expect.poll(() => field.count(), { timeout: 20_000 }).toBe(1)
    const link = new URL(await field.inputValue())
    await page.getByRole('button', { name: 'Close' }).click()
    const stranger = await openApp(link.pathname + link.hash)
    try {
      await expect
        .poll(
          () => stranger.page.getByText('Models not in this browser, shown as boxes: old drum, sign').count(),
          {
            timeout: 60_000,
          },
        )
        .toBe(1)
      expect(await propCount(stranger.page)).toBe(18)
    } finally {
      await stranger.close()
    }

    // Kept in this browser: after a reload the models are still offered in the palette.
    await page.reload()
    await expect
      .poll(() => page.getByRole('button', { name: 'Add old drum' }).count(), { timeout: 60_000 })
      .toBe(1)
    expect(app.consoleErrors).toEqual([])
    expect(app.externalRequests).toEqual([])
  } finally {
    await app.close()
  }
})
