/** Nothing lost on a bad start: a damaged save or file is refused clearly, kept, and the app keeps working. */
import { afterAll, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { closeBrowser, waitForLoaded } from './harness'
import { openEditor, propCount } from './editor'
import { readAllStored, storedSceneText, writeStored } from './storage'

afterAll(closeBrowser)

const DAMAGED =
  '{"format":"diorama-scene","version":1,"name":"My workshop","props":[{"id":"p-1","kind":"rust.oil-drum"'

/** Makes an edit and waits until it is saved; returns the id of the scene it was saved under. */
async function editAndSave(page: Page, family = 'Pipe'): Promise<string> {
  const before = await propCount(page)
  await page.getByRole('button', { name: `Add ${family}`, exact: true }).click()
  await expect.poll(() => propCount(page)).toBe(before + 1)
  await expect
    .poll(
      async () => {
        const stored = await readAllStored(page)
        const id = stored['scenes:current']
        const text = typeof id === 'string' ? (storedSceneText(stored, id) ?? '') : ''
        return text.split('"kind"').length - 1
      },
      { timeout: 10_000 },
    )
    .toBe(before + 1)
  return String((await readAllStored(page))['scenes:current'])
}

it('starts on the demo when the saved scene is damaged, says why, and keeps the damaged data', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    const id = await editAndSave(page)
    await writeStored(page, `scene:${id}`, DAMAGED)
    await page.reload()
    await waitForLoaded(page)
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.textContent()).toContain('Your last scene is damaged')
    expect(await alert.textContent()).toContain('not valid JSON')
    expect(await propCount(page)).toBe(16)

    const stored = await readAllStored(page)
    expect(stored[`scene:${id}`]).toBe(DAMAGED)
    const recovered = Object.keys(stored).filter((k) => k.startsWith('recovered:'))
    expect(recovered).toHaveLength(1)
    expect(stored[recovered[0] as string]).toBe(DAMAGED)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the damaged data' }).click(),
    ])
    expect(readFileSync((await download.path()) as string, 'utf8')).toBe(DAMAGED)

    // Working on: the edit is saved as a scene of its own, and the damaged one is still there, untouched.
    const next = await editAndSave(page, 'Crate')
    expect(next).not.toBe(id)
    expect((await readAllStored(page))[`scene:${id}`]).toBe(DAMAGED)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})

it('refuses a scene from a newer version with a clear message instead of half-loading it', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    const id = await editAndSave(page)
    await writeStored(page, `scene:${id}`, JSON.stringify({ format: 'diorama-scene', version: 7, props: [] }))
    await page.reload()
    await waitForLoaded(page)
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('newer Diorama Builder (format 7)')
    expect(await propCount(page)).toBe(16)
  } finally {
    await app.close()
  }
})

it('keeps the scene across a reload, and an edit made just before the tab closes', async () => {
  const app = await openEditor()
  const { page, context } = app
  try {
    await editAndSave(page, 'Crate')
    await page.reload()
    await waitForLoaded(page)
    expect(await propCount(page)).toBe(17)
    expect(await page.getByRole('alert').count()).toBe(0)

    // Edit and close at once, well inside the autosave delay: the page-hide flush saves it.
    await page.getByRole('button', { name: 'Add Pipe', exact: true }).click()
    await expect.poll(() => propCount(page)).toBe(18)
    const url = page.url()
    await page.close({ runBeforeUnload: true })
    const again = await context.newPage()
    await again.goto(url)
    await waitForLoaded(again)
    expect(await propCount(again)).toBe(18)
  } finally {
    await app.close()
  }
})

it('refuses a damaged file without touching the scene, and opens a good one as a new scene', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    const input = page.getByLabel('Scene file to open')
    await input.setInputFiles({
      name: 'broken.diorama.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": 3'),
    })
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Could not open "broken.diorama.json"')
    expect(await propCount(page)).toBe(16)

    const scene = {
      format: 'diorama-scene',
      version: 1,
      id: 'two-drums',
      name: 'Two drums',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
      scale: { ratio: 35, name: '1:35 military' },
      base: { widthMm: 200, depthMm: 150, thicknessMm: 10 },
      props: [0, 40].map((x, i) => ({
        id: `d${i}`,
        kind: 'rust.oil-drum',
        params: {},
        position: { x, y: 0, z: 0 },
        rotation: { x: 0, y: 0, z: 0 },
        material: { seed: i, rust: 0.5 },
      })),
    }
    await input.setInputFiles({
      name: 'two.diorama.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(scene)),
    })
    await expect.poll(() => propCount(page)).toBe(2)
    await expect.poll(() => page.getByText('Base 200 × 150 × 10 mm').count()).toBe(1)
    await page.getByRole('button', { name: 'My dioramas' }).click()
    const list = page.getByRole('list', { name: 'Saved scenes' })
    await expect.poll(() => list.getByText('Two drums').count()).toBe(1)
  } finally {
    await app.close()
  }
})
