/** My dioramas, two tabs and a full disk: a scene is never lost and never silently overwritten. */
import type { Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { closeBrowser, waitForLoaded } from './harness'
import { openEditor, propCount } from './editor'
import { readAllStored, writeStored } from './storage'

afterAll(closeBrowser)

const add = async (page: Page, family: string) => {
  const before = await propCount(page)
  await page.getByRole('button', { name: `Add ${family}`, exact: true }).click()
  await expect.poll(() => propCount(page)).toBe(before + 1)
}
const stored = async (page: Page) => {
  const all = await readAllStored(page)
  const id = String(all['scenes:current'])
  const list = Array.isArray(all['scenes:index']) ? (all['scenes:index'] as { name: string }[]) : []
  return { all, id, names: list.map((s) => s.name), rev: Number(all[`rev:${id}`] ?? 0) }
}

it('keeps every scene in My dioramas: new, open, rename, duplicate, delete and undo the delete', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    await add(page, 'Crate')
    await expect.poll(async () => (await stored(page)).names.length, { timeout: 10_000 }).toBe(1)
    await page.getByRole('button', { name: 'New' }).click()
    await expect.poll(() => propCount(page)).toBe(0)
    await add(page, 'Pipe')
    await expect.poll(async () => (await stored(page)).names.length, { timeout: 10_000 }).toBe(2)

    await page.getByRole('button', { name: 'My dioramas' }).click()
    const list = page.getByRole('list', { name: 'Saved scenes' })
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2)
    await page.getByRole('button', { name: 'Rename Rusty workshop corner' }).click()
    const nameField = page.getByRole('textbox', { name: 'New name for Rusty workshop corner' })
    await nameField.fill('Workshop, first try')
    await nameField.press('Enter')
    await expect.poll(() => list.getByText('Workshop, first try').count()).toBe(1)
    await page.getByRole('button', { name: 'Duplicate Workshop, first try' }).click()
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3)
    await page.getByRole('button', { name: 'Delete Workshop, first try (copy)' }).click()
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2)
    await page.getByRole('button', { name: 'Undo delete' }).click()
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3)

    await page.getByRole('button', { name: 'Open Workshop, first try', exact: true }).click()
    await expect.poll(() => propCount(page)).toBe(17)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})

it('lets a second tab follow the first, and keeps a conflicting edit as a copy', async () => {
  const app = await openEditor()
  const { page: first, context } = app
  try {
    await add(first, 'Crate')
    await expect.poll(async () => (await stored(first)).rev, { timeout: 10_000 }).toBe(1)
    const second = await context.newPage()
    await second.goto(first.url())
    await waitForLoaded(second)
    expect(await propCount(second)).toBe(17)

    // The first tab edits; the second, with nothing unsaved, follows.
    await add(first, 'Pipe')
    await expect.poll(() => propCount(second), { timeout: 20_000 }).toBe(18)
    await expect.poll(() => second.getByText('Updated with changes made in another tab.').count()).toBe(1)

    // Another tab's save lands unannounced (no message this time); the second tab's next edit finds the scene
    // newer than the one it holds, and keeps its edit as a copy instead of overwriting.
    const { id, rev } = await stored(second)
    await writeStored(second, `rev:${id}`, rev + 5)
    await add(second, 'Balsa block')
    await expect
      .poll(() => second.getByRole('status').filter({ hasText: 'was also changed in another tab' }).count(), {
        timeout: 20_000,
      })
      .toBe(1)
    await expect.poll(async () => (await stored(second)).names.some((n) => n.endsWith('(copy)'))).toBe(true)
    expect(await propCount(second)).toBe(19)
  } finally {
    await app.close()
  }
})

it('says so within a second when storage is full, keeps editing, and still saves to a file', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    // Chromium's own error for a full disk, raised by every write from now on.
    await page.evaluate(`(() => {
      const put = IDBObjectStore.prototype.put
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
      window.__restorePut = () => { IDBObjectStore.prototype.put = put }
    })()`)
    // Timed in the page: from the click to the banner, by a MutationObserver, free of the test's polling.
    await page.evaluate(`(() => {
      window.__clickAt = null
      window.__bannerAt = null
      addEventListener('pointerdown', () => { window.__clickAt ??= performance.now() }, { capture: true })
      new MutationObserver(() => {
        if (document.body.textContent.includes('Browser storage is full')) window.__bannerAt ??= performance.now()
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })()`)
    await add(page, 'Crate')
    await expect.poll(() => page.getByText('Browser storage is full').count(), { timeout: 10_000 }).toBe(1)
    const ms = await page.evaluate<number>('window.__bannerAt - window.__clickAt')
    expect(ms).toBeLessThan(1000)
    await add(page, 'Pipe')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save file' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.diorama\.json$/)
  } finally {
    await app.close()
  }
})
