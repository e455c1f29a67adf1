/** Hardening: a strict Content-Security-Policy, no request leaves the origin, hostile text stays text. */
import { afterAll, expect, it } from 'vitest'
import { closeBrowser, waitForLoaded } from './harness'
import { propCount } from './editor'
import { cspViolations, openWatched } from './guards'

afterAll(closeBrowser)

it('keeps to its Content-Security-Policy and its own origin through a whole journey', async () => {
  const app = await openWatched('/')
  const { page } = app
  try {
    await waitForLoaded(page)
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("connect-src 'self'")

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
