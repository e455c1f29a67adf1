/** Storage that fails: unavailable from the start or full. A banner says so, editing goes on, files still work. */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { closeBrowser, newSession, waitForLoaded } from './harness'
import { propCount } from './editor'
import { baseUrlOf, openWatched } from './guards'

afterAll(closeBrowser)

async function savedFilePropCount(page: Page): Promise<number> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save file' }).click(),
  ])
  return (JSON.parse(readFileSync((await file.path()) as string, 'utf8')) as { props: unknown[] }).props
    .length
}

/** Ways a browser refuses IndexedDB outright (private modes, blocked storage, a broken profile). */
const UNAVAILABLE: Record<string, string> = {
  'open throws': `IDBFactory.prototype.open = function () {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  }`,
  'open fails': `IDBFactory.prototype.open = function () {
    const request = new EventTarget()
    Object.defineProperty(request, 'error', { value: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError') })
    setTimeout(() => { request.onerror?.(new Event('error')); request.dispatchEvent(new Event('error')) })
    return request
  }`,
  'no indexedDB': `Object.defineProperty(window, 'indexedDB', { get: () => undefined })`,
}

for (const [how, script] of Object.entries(UNAVAILABLE)) {
  it(`opens the demo with a banner and keeps editing in memory when IndexedDB is unavailable (${how})`, async () => {
    const baseUrl = await baseUrlOf({})
    const app = await newSession(baseUrl)
    const { page } = app
    try {
      await app.context.addInitScript(script)
      await page.goto(baseUrl)
      await waitForLoaded(page)
      const banner = page.getByRole('status').filter({ hasText: 'storage is unavailable' })
      await expect.poll(() => banner.count()).toBe(1)
      expect(await propCount(page)).toBe(16)
      await page.getByRole('button', { name: 'Add Crate', exact: true }).click()
      await expect.poll(() => propCount(page)).toBe(17)
      await page.getByRole('button', { name: 'Undo' }).click()
      await page.getByRole('button', { name: 'Redo' }).click()
      await expect.poll(() => propCount(page)).toBe(17)
      expect(await savedFilePropCount(page)).toBe(17)
      await page.getByRole('button', { name: 'My dioramas' }).click()
      const list = page.getByRole('dialog', { name: 'My dioramas' })
      await expect.poll(() => list.getByRole('alert').textContent()).toContain('Saved scenes cannot be read')
      await page.getByRole('button', { name: 'Close' }).click()
      expect(app.consoleErrors).toEqual([])
    } finally {
      await app.close()
    }
  })
}

/** Storage errors by the names browsers give a full disk: Chromium's, and Firefox's. */
for (const name of ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']) {
  it(`says storage is full on ${name}, keeps editing, and still saves to a file`, async () => {
    const app = await openWatched('/')
    const { page } = app
    try {
      await waitForLoaded(page)
      await page.evaluate(`(() => {
        IDBObjectStore.prototype.put = function () {
          throw new DOMException('The quota has been exceeded.', ${JSON.stringify(name)})
        }
        Storage.prototype.setItem = function () {
          throw new DOMException('The quota has been exceeded.', ${JSON.stringify(name)})
        }
      })()`)
      await page.getByRole('button', { name: 'Add Crate', exact: true }).click()
      await expect.poll(() => page.getByText('Browser storage is full').count(), { timeout: 10_000 }).toBe(1)
      await page.getByRole('button', { name: 'Add Pipe', exact: true }).click()
      await expect.poll(() => propCount(page)).toBe(18)
      expect(await savedFilePropCount(page)).toBe(18)
      expect(app.consoleErrors).toEqual([])
    } finally {
      await app.close()
    }
  })
}
