/** Share links: the whole scene in the URL, opened read-only, copied on request, never over local work. */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { canvasPixels, closeBrowser, isBlank, waitForLoaded } from './harness'
import { openEditor, propCount } from './editor'
import { readAllStored } from './storage'

afterAll(closeBrowser)

async function savedScenes(page: Page): Promise<number> {
  const list = (await readAllStored(page))['scenes:index']
  return Array.isArray(list) ? list.length : 0
}

async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share…' }).click()
  const field = page.getByRole('textbox', { name: 'Share link' })
  await expect.poll(() => field.count(), { timeout: 20_000 }).toBe(1)
  const url = await field.inputValue()
  await page.getByRole('button', { name: 'Close' }).click()
  return url
}

it('shares the scene as a link that opens read-only, and edits a copy without touching local work', async () => {
  const app = await openEditor()
  const { page, context } = app
  try {
    await page.getByRole('button', { name: 'Add Oil drum (205 L)', exact: true }).click()
    await expect.poll(() => propCount(page)).toBe(17)
    await expect.poll(() => savedScenes(page), { timeout: 10_000 }).toBe(1)
    const url = await shareLink(page)
    expect(url).toMatch(/#d2\.[A-Za-z0-9_-]+$/)
    expect(url.length).toBeLessThan(2000)

    const viewer = await context.newPage()
    await viewer.goto(url)
    await waitForLoaded(viewer)
    await expect.poll(() => viewer.getByText('Shared scene: 17 props, 1:35').count()).toBe(1)
    expect(await viewer.getByRole('region', { name: 'Palette' }).count()).toBe(0)
    expect(await propCount(viewer)).toBe(17)
    expect(isBlank(await canvasPixels(viewer))).toBe(false)
    // Looking changes nothing that is stored.
    expect(await savedScenes(viewer)).toBe(1)

    // Editing a copy reloads the tab without the link.
    const reloaded = viewer.waitForEvent('load', { timeout: 60_000 })
    await viewer.getByRole('button', { name: 'Edit a copy' }).click()
    await reloaded
    expect(viewer.url()).not.toContain('#')
    await waitForLoaded(viewer)
    await expect.poll(() => viewer.getByRole('button', { name: 'Undo' }).count()).toBe(1)
    expect(await propCount(viewer)).toBe(17)
    expect(await savedScenes(viewer)).toBe(2)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})

it('says a tampered link is damaged and keeps working on the maker’s own scene', async () => {
  const app = await openEditor()
  const { context } = app
  try {
    const url = await shareLink(app.page)
    const page = await context.newPage()
    await page.goto(url.slice(0, url.length - 40))
    await waitForLoaded(page)
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This link is damaged')
    expect(await propCount(page)).toBe(16)
    await page.getByRole('button', { name: 'Add Pipe', exact: true }).click()
    await expect.poll(() => propCount(page)).toBe(17)
  } finally {
    await app.close()
  }
})

it('still opens the links of format 1 kept in the fixtures', async () => {
  const app = await openEditor()
  try {
    const fragment = readFileSync('tests/fixtures/links/v1/demo.txt', 'utf8').trim()
    const page = await app.context.newPage()
    await page.goto(`${new URL(app.page.url()).origin}/#${fragment}`)
    await waitForLoaded(page)
    await expect.poll(() => page.getByText(/^Shared scene: 16 props, 1:35$/).count()).toBe(1)
  } finally {
    await app.close()
  }
})
