/** At the workbench with no network: after one visit the app opens, draws and works offline; installable. */
import { afterAll, expect, it } from 'vitest'
import { canvasPixels, closeBrowser, isBlank, waitForLoaded, waitForTrue } from './harness'
import { propCount } from './editor'
import { cspViolations, openWatched } from './guards'

afterAll(closeBrowser)

it('opens, draws and works offline after the first visit', async () => {
  const app = await openWatched('/')
  const { page, context } = app
  try {
    await waitForLoaded(page)
    // The service worker registers when the page is idle, precaches every built file, then takes control.
    await waitForTrue(page, 'navigator.serviceWorker.controller !== null', 90_000)

    await context.setOffline(true)
    await page.reload()
    await waitForLoaded(page)
    expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(1)
    expect(await propCount(page)).toBe(16)
    expect(isBlank(await canvasPixels(page))).toBe(false)

    // Parts loaded on first use come from the cache too: the move gizmo, the share codec, the cut list and
    // its packing worker.
    await page.getByRole('button', { name: 'Add Crate', exact: true }).click()
    await expect.poll(() => propCount(page)).toBe(17)
    await page.getByRole('button', { name: 'Share…' }).click()
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Share link' }).count(), { timeout: 20_000 })
      .toBe(1)
    await page.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('button', { name: 'Cut list', exact: true }).click()
    await expect.poll(() => page.getByRole('table', { name: 'Parts' }).count(), { timeout: 60_000 }).toBe(1)

    expect(await cspViolations(page)).toEqual([])
    expect(app.externalRequests).toEqual([])
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})

it('is installable: a web manifest with icons, served by a page the service worker controls', async () => {
  const app = await openWatched('/')
  const { page, context } = app
  try {
    await waitForLoaded(page)
    await waitForTrue(page, 'navigator.serviceWorker.controller !== null', 90_000)
    const cdp = await context.newCDPSession(page)
    // Chromium's own verdict, as it decides whether to offer "Install" (test contexts are incognito, which
    // is the browser's objection, not the app's).
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([])
    const manifest = (await page.evaluate(
      `fetch(document.querySelector('link[rel=manifest]').href).then((r) => r.json())`,
    )) as { name: string; display: string; icons: { sizes: string; purpose?: string }[] }
    expect(manifest.name).toBe('Diorama Builder')
    expect(manifest.display).toBe('standalone')
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true)
  } finally {
    await app.close()
  }
})
