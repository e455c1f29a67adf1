/** Helpers for tests that use the editor as a maker would: by role and accessible name, and by its pixels. */
import type { Page } from 'playwright-core'
import { canvasPixels, dioramaStats, openApp, waitForLoaded, type AppSession, type Image } from './harness'

/** Opens the editor and waits until the scene is drawn with every texture in place. */
export async function openEditor(path = '/'): Promise<AppSession> {
  const app = await openApp(path)
  await waitForLoaded(app.page)
  return app
}

export const outliner = (page: Page) => page.getByRole('list', { name: 'Props in the scene' })
export const propCount = (page: Page) => outliner(page).getByRole('listitem').count()

/**
 * The canvas once drawing has stopped: the canvas draws on demand, so a screenshot right after a click can
 * catch the frame before. Waits until the frame count has stood still for a while.
 */
export async function settledPixels(page: Page, quietMs = 700): Promise<Image> {
  let last = -1
  let since = Date.now()
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    const stats = await dioramaStats(page)
    const frames = stats?.frames ?? 0
    if (frames !== last || (stats?.pendingTextures ?? 0) > 0) {
      last = frames
      since = Date.now()
    } else if (Date.now() - since >= quietMs) return canvasPixels(page)
    await page.waitForTimeout(100)
  }
  throw new Error('the canvas kept drawing for 30 s')
}

/** The value of a labelled number field in the inspector. */
export const fieldValue = async (page: Page, label: string) =>
  Number(await page.getByRole('spinbutton', { name: label, exact: true }).inputValue())

/** Types a value into a labelled field and commits it with Enter, as a maker would. */
export async function typeInto(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByRole('spinbutton', { name: label, exact: true })
  await field.fill(value)
  await field.press('Enter')
}
