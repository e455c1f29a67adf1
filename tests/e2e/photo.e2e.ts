/** Photo mode, end to end: chrome away, lighting presets, focus by a click, PNGs of the right size that show the scene. */
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { closeBrowser, decodePng, diffCount, isBlank, pixelStats } from './harness'
import { openEditor, settledPixels } from './editor'

afterAll(closeBrowser)

const bar = (page: Page) => page.getByRole('region', { name: 'Photo mode' })

async function savePng(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    bar(page).getByRole('button', { name: 'Save PNG' }).click(),
  ])
  return { name: file.suggestedFilename(), image: decodePng(await readFile(await file.path())) }
}

it('opens photo mode, relights the scene, and saves PNGs at the chosen size', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    const editing = await settledPixels(page)
    await page.getByRole('button', { name: 'Photo mode' }).click()
    await expect.poll(() => bar(page).count(), { timeout: 30_000 }).toBe(1)
    // The editor's panels step aside.
    await expect.poll(() => page.getByRole('region', { name: 'Palette' }).isVisible()).toBe(false)
    await expect
      .poll(() => bar(page).getByRole('button', { name: 'Save PNG' }).isEnabled(), { timeout: 60_000 })
      .toBe(true)
    const workbench = await settledPixels(page)
    expect(isBlank(workbench)).toBe(false)

    await bar(page).getByRole('combobox', { name: 'Lighting' }).selectOption('golden')
    const golden = await settledPixels(page)
    expect(diffCount(workbench, golden, 24)).toBeGreaterThan(golden.width * golden.height * 0.2)
    const [r, , b] = pixelStats(golden).mean
    expect(r).toBeGreaterThan(b)

    // Focus on the middle of the scene by a click.
    const canvas = page.locator('canvas').first()
    const box = await canvas.boundingBox()
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2)
    await expect.poll(() => bar(page).getByText('Focus set: click elsewhere to move it').count()).toBe(1)

    await bar(page).getByRole('combobox', { name: 'Width' }).selectOption('1280')
    const shot = await savePng(page)
    expect(shot.name).toMatch(/-photo-1280px\.png$/)
    expect(shot.image.width).toBe(1280)
    expect(shot.image.height).toBe(Math.round((1280 * box!.height) / box!.width))
    expect(isBlank(shot.image)).toBe(false)
    expect(pixelStats(shot.image).variance).toBeGreaterThan(50)

    await bar(page).getByRole('checkbox', { name: 'Transparent background' }).check()
    const clear = await savePng(page)
    const alphas = new Set<number>()
    for (let i = 3; i < clear.image.data.length; i += 4 * 97) alphas.add(clear.image.data[i]!)
    expect(alphas.has(0)).toBe(true)
    expect(alphas.has(255)).toBe(true)

    await bar(page).getByRole('button', { name: 'Exit photo mode' }).click()
    await expect.poll(() => page.getByRole('region', { name: 'Palette' }).isVisible()).toBe(true)
    // Back to the editor's own light: the picture is the one before photo mode, bar a selection outline.
    const after = await settledPixels(page)
    expect(diffCount(editing, after, 24)).toBeLessThan(after.width * after.height * 0.1)
    expect(app.consoleErrors).toEqual([])
    expect(app.externalRequests).toEqual([])
  } finally {
    await app.close()
  }
  // Software WebGL draws the depth-of-field tiles slowly: a PNG takes tens of seconds here.
}, 400_000)
