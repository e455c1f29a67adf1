/** Hardening: a strict Content-Security-Policy, no request leaves the origin, hostile text stays text. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { demoScene } from '../../src/domain/scene/demoScene'
import type { Scene } from '../../src/domain/scene/types'
import { decodeShareLink, encodeShareLink } from '../../src/domain/sharelink/shareLink'
import { closeBrowser, waitForLoaded } from './harness'
import { outliner, propCount } from './editor'
import { cspViolations, openWatched, pwnedBy } from './guards'

afterAll(closeBrowser)

it('keeps to its Content-Security-Policy and its own origin through a whole journey', async () => {
  const app = await openWatched('/')
  const { page } = app
  try {
    await waitForLoaded(page)
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    const directives = new Map(
      (policy ?? '').split(';').map((d) => {
        const [name = '', ...sources] = d.trim().split(/\s+/)
        return [name, sources] as const
      }),
    )
    expect(directives.get('script-src')).toEqual(["'self'"])
    // Nothing but the app's own origin and in-memory data: no host, no scheme, no wildcard.
    expect(directives.get('connect-src')).toEqual(["'self'", 'blob:', 'data:'])
    expect(directives.get('default-src')).toEqual(["'self'"])

    await page.getByRole('button', { name: 'Add Crate', exact: true }).click()
    await expect.poll(() => propCount(page)).toBe(17)
    await page.getByRole('button', { name: 'My dioramas' }).click()
    await expect.poll(() => page.getByRole('list', { name: 'Saved scenes' }).count()).toBe(1)
    await page.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('button', { name: 'Share…' }).click()
    const field = page.getByRole('textbox', { name: 'Share link' })
    await expect.poll(() => field.count(), { timeout: 20_000 }).toBe(1)
    const link = await field.inputValue()
    await page.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('button', { name: 'Cut list', exact: true }).click()
    await expect.poll(() => page.getByRole('table', { name: 'Parts' }).count(), { timeout: 60_000 }).toBe(1)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save file' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.diorama\.json$/)

    const viewer = await app.context.newPage()
    await viewer.goto(link)
    await waitForLoaded(viewer)
    await expect.poll(() => propCount(viewer)).toBe(17)

    expect(await cspViolations(page)).toEqual([])
    expect(await cspViolations(viewer)).toEqual([])
    expect(app.externalRequests).toEqual([])
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})

/** Text that would run as script if any of it were ever treated as HTML or as a link. */
const HOSTILE = {
  scene: `<img src=x onerror="__pwned('scene name')">`,
  scale: `<svg onload="__pwned('scale name')"></svg>`,
  props: [
    `<img src=x onerror=__pwned('prop name')>`,
    `javascript:__pwned('prop url')`,
    `<script>__pwned('script tag')</script>`,
    `<a href="javascript:__pwned('link')">open</a>`,
  ],
  group: `<iframe src="javascript:__pwned('group')"></iframe>`,
  bookmark: `"><img src=x onerror=__pwned('bookmark')>`,
}

function hostileScene(): Scene {
  const demo = demoScene()
  return {
    ...demo,
    name: HOSTILE.scene,
    scale: { ...demo.scale, name: HOSTILE.scale },
    props: demo.props.map((p, i) => ({
      ...p,
      ...(i < HOSTILE.props.length ? { name: HOSTILE.props[i] } : {}),
      ...(i === HOSTILE.props.length ? { groupId: 'g-hostile' } : {}),
    })),
    groups: [{ id: 'g-hostile', name: HOSTILE.group }],
    bookmarks: [
      {
        id: 'b-hostile',
        name: HOSTILE.bookmark,
        projection: 'perspective',
        position: { x: 200, y: 200, z: 200 },
        target: { x: 0, y: 0, z: 0 },
      },
    ],
  }
}

/** Nothing ran, nothing was blocked (so nothing tried), and no element was made from the text. */
async function expectInert(page: Page): Promise<void> {
  expect(await pwnedBy(page)).toEqual([])
  expect(await cspViolations(page)).toEqual([])
  const made = await page.evaluate<number>(
    `document.querySelectorAll('img[src="x"], svg[onload], iframe, script:not([src]), a[href^="javascript:" i], [onerror], [onload]').length`,
  )
  expect(made).toBe(0)
}

it('shows names from a link or a file as text, never as HTML, and nothing in them runs', async () => {
  const scene = hostileScene()
  const fragment = encodeShareLink(scene)
  expect(decodeShareLink(fragment).ok).toBe(true)
  const app = await openWatched(`/#${fragment}`)
  const { page } = app
  try {
    await waitForLoaded(page)
    await expectInert(page)
    await expect.poll(() => page.getByText(HOSTILE.scene).count()).toBeGreaterThan(0)
    for (const name of HOSTILE.props)
      expect(await outliner(page).getByText(name, { exact: true }).count()).toBe(1)

    await page.getByRole('button', { name: 'Edit a copy' }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).count(), { timeout: 30_000 }).toBe(1)
    await waitForLoaded(page)
    await outliner(page)
      .getByText(HOSTILE.props[0] as string, { exact: true })
      .click()
    await page.getByRole('button', { name: 'My dioramas' }).click()
    const list = page.getByRole('list', { name: 'Saved scenes' })
    await expect.poll(() => list.getByText(HOSTILE.scene).count()).toBe(1)
    await page.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('button', { name: 'Share…' }).click()
    await expect.poll(() => page.getByRole('heading', { name: HOSTILE.scene }).count()).toBe(1)
    await page.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('button', { name: 'Cut list', exact: true }).click()
    await expect.poll(() => page.getByRole('table', { name: 'Parts' }).count(), { timeout: 60_000 }).toBe(1)
    await expectInert(page)

    // The same text in a scene file.
    await page.getByLabel('Scene file to open').setInputFiles({
      name: 'hostile.diorama.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...scene, id: 'from-a-file' })),
    })
    await expect.poll(() => page.getByText(HOSTILE.scene).count()).toBeGreaterThan(0)
    await expectInert(page)
    expect(app.externalRequests).toEqual([])
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})

it('refuses a 50 MB file and files that are not scenes at once, without reading them or touching the scene', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'diorama-files-'))
  const huge = join(dir, 'huge.diorama.json')
  // Starts like a scene, so only its size can give it away.
  await writeFile(
    huge,
    Buffer.concat([Buffer.from('{"format":"diorama-scene","name":"'), Buffer.alloc(50 * 1024 * 1024, 'a')]),
  )
  const app = await openWatched('/')
  const { page } = app
  try {
    await waitForLoaded(page)
    // Counts the bytes the page reads from files.
    await page.evaluate(`(() => {
      window.__bytesRead = 0
      for (const method of ['text', 'arrayBuffer', 'bytes', 'stream']) {
        const original = Blob.prototype[method]
        if (!original) continue
        Blob.prototype[method] = function (...args) {
          window.__bytesRead += this.size
          return original.apply(this, args)
        }
      }
    })()`)
    const input = page.getByLabel('Scene file to open')
    const refused = (name: string) => page.getByRole('alert').filter({ hasText: `Could not open "${name}"` })

    const started = Date.now()
    await input.setInputFiles(huge)
    await expect
      .poll(() => refused('huge.diorama.json').textContent())
      .toContain('larger than a scene file can be')
    expect(Date.now() - started).toBeLessThan(5000)

    await input.setInputFiles({
      name: 'photo.diorama.json',
      mimeType: 'application/json',
      buffer: await readFile('public/icon-512.png'),
    })
    await expect.poll(() => refused('photo.diorama.json').textContent()).toContain('not a scene file')
    expect(await page.evaluate<number>('window.__bytesRead')).toBeLessThan(1024)

    // Text that is JSON but not a scene is read, and refused by the parser with its reason.
    await input.setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    })
    await expect.poll(() => refused('other.json').count()).toBe(1)
    expect(await propCount(page)).toBe(16)
    expect(await page.getByText('Rusty workshop corner').count()).toBeGreaterThan(0)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
    await rm(dir, { recursive: true, force: true })
  }
})

/** A GLB with one textured triangle, its PNG inside the file (as exporters write them). */
function texturedGlb(png: Buffer): Buffer {
  const positions = Buffer.from(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]).buffer)
  const uvs = Buffer.from(new Float32Array([0, 0, 1, 0, 0, 1]).buffer)
  const image = Buffer.concat([png, Buffer.alloc((4 - (png.length % 4)) % 4)])
  const bin = Buffer.concat([positions, uvs, image])
  const json = {
    asset: { version: '2.0' },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0, TEXCOORD_0: 1 }, material: 0 }] }],
    materials: [{ pbrMetallicRoughness: { baseColorTexture: { index: 0 } } }],
    textures: [{ source: 0 }],
    images: [{ bufferView: 2, mimeType: 'image/png' }],
    accessors: [
      { bufferView: 0, componentType: 5126, count: 3, type: 'VEC3', min: [0, 0, 0], max: [1, 1, 0] },
      { bufferView: 1, componentType: 5126, count: 3, type: 'VEC2' },
    ],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: positions.length },
      { buffer: 0, byteOffset: positions.length, byteLength: uvs.length },
      { buffer: 0, byteOffset: positions.length + uvs.length, byteLength: png.length },
    ],
    buffers: [{ byteLength: bin.length }],
  }
  let text = JSON.stringify(json)
  while (text.length % 4) text += ' '
  const chunk = (type: number, body: Buffer) => {
    const head = Buffer.alloc(8)
    head.writeUInt32LE(body.length, 0)
    head.writeUInt32LE(type, 4)
    return Buffer.concat([head, body])
  }
  const body = Buffer.concat([chunk(0x4e4f534a, Buffer.from(text)), chunk(0x004e4942, bin)])
  const header = Buffer.alloc(12)
  header.write('glTF', 0, 'latin1')
  header.writeUInt32LE(2, 4)
  header.writeUInt32LE(12 + body.length, 8)
  return Buffer.concat([header, body])
}

it('imports a model with its textures inside without breaking the policy', async () => {
  const app = await openWatched('/')
  const { page } = app
  try {
    await waitForLoaded(page)
    const input = page.getByLabel('Model file to import')
    await expect.poll(() => input.count(), { timeout: 30_000 }).toBe(1)
    await input.setInputFiles({
      name: 'painted sign.glb',
      mimeType: 'model/gltf-binary',
      buffer: texturedGlb(await readFile('public/icon-192.png')),
    })
    await expect.poll(() => propCount(page), { timeout: 30_000 }).toBe(17)
    await page.waitForTimeout(1000)
    expect(await cspViolations(page)).toEqual([])
    expect(app.externalRequests).toEqual([])
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})
