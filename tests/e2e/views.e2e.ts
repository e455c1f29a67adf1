/** Views: standard views and orthographic projection move the camera; a saved view brings it back (no undo step). */
import { afterAll, expect, it } from 'vitest'
import { closeBrowser, diffCount } from './harness'
import { openEditor, settledPixels } from './editor'

afterAll(closeBrowser)

it('looks from the top in orthographic, saves that view, and goes back to it from another', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    const start = await settledPixels(page)
    await page.getByRole('button', { name: 'Views', exact: true }).click()
    const views = page.getByRole('group', { name: 'Views' })
    await expect
      .poll(() => views.getByRole('button', { name: 'Top' }).isEnabled(), { timeout: 30_000 })
      .toBe(true)
    await views.getByRole('button', { name: 'Orthographic' }).click()
    await views.getByRole('button', { name: 'Top' }).click()
    const top = await settledPixels(page)
    const area = top.width * top.height
    expect(diffCount(start, top, 40)).toBeGreaterThan(area * 0.2)
    await expect
      .poll(() => views.getByRole('button', { name: 'Orthographic' }).getAttribute('aria-pressed'))
      .toBe('true')

    await views.getByRole('button', { name: 'Save view' }).click()
    const saved = views.getByRole('list', { name: 'Saved views' }).getByRole('listitem')
    await expect.poll(() => saved.count()).toBe(1)

    await views.getByRole('button', { name: 'Perspective view' }).click()
    const perspective = await settledPixels(page)
    expect(diffCount(top, perspective, 40)).toBeGreaterThan(area * 0.2)

    await saved.first().getByRole('button').first().click()
    const back = await settledPixels(page)
    expect(diffCount(top, back, 40)).toBeLessThan(area * 0.02)
    // Going to a view is not a document change: the only undo step is saving the view.
    await expect
      .poll(() => page.getByRole('button', { name: 'Undo' }).getAttribute('title'))
      .toMatch(/Add view/)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
}, 300_000)
