/** A lost WebGL context (a GPU reset, a driver update, too many tabs) comes back with the same scene. */
import { afterAll, expect, it } from 'vitest'
import { closeBrowser, diffCount, dioramaStats, isBlank, waitForLoaded } from './harness'
import { outliner, propCount, settledPixels } from './editor'
import { openWatched } from './guards'

afterAll(closeBrowser)

const selected = (page: import('playwright-core').Page) =>
  outliner(page).locator('button[aria-pressed="true"]').allTextContents()

it('redraws the same scene and selection after the WebGL context is lost and restored', async () => {
  const app = await openWatched('/')
  const { page } = app
  try {
    await waitForLoaded(page)
    await outliner(page).getByRole('button', { name: 'Fallen drum' }).click()
    await expect.poll(() => selected(page)).toEqual(['Fallen drum'])
    const before = await settledPixels(page)

    await page.evaluate(`(() => {
      const gl = document.querySelector('canvas').getContext('webgl2')
      window.__loseContext = gl.getExtension('WEBGL_lose_context')
      window.__loseContext.loseContext()
    })()`)
    await expect
      .poll(() => page.evaluate('document.querySelector("canvas").getContext("webgl2").isContextLost()'))
      .toBe(true)
    const framesLost = (await dioramaStats(page))?.frames ?? 0
    await page.evaluate('window.__loseContext.restoreContext()')
    await expect
      .poll(async () => (await dioramaStats(page))?.frames ?? 0, { timeout: 30_000 })
      .toBeGreaterThan(framesLost)
    const after = await settledPixels(page)
    expect(isBlank(after)).toBe(false)
    expect(diffCount(before, after, 8)).toBeLessThan(before.width * before.height * 0.02)
    expect(await propCount(page)).toBe(16)
    expect(await selected(page)).toEqual(['Fallen drum'])
    expect(app.consoleErrors).toEqual([])
    expect(app.externalRequests).toEqual([])
  } finally {
    await app.close()
  }
})

it('starts the view over on a new canvas when a lost context never comes back', async () => {
  const app = await openWatched('/')
  const { page } = app
  try {
    await waitForLoaded(page)
    await outliner(page).getByRole('button', { name: 'Fallen drum' }).click()
    await expect.poll(() => selected(page)).toEqual(['Fallen drum'])
    await page.evaluate(`(() => {
      window.__firstCanvas = document.querySelector('canvas')
      window.__firstCanvas.getContext('webgl2').getExtension('WEBGL_lose_context').loseContext()
    })()`)
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'restoring the 3D view' }).count())
      .toBe(1)
    await expect
      .poll(() => page.evaluate('document.querySelector("canvas") !== window.__firstCanvas'), {
        timeout: 30_000,
      })
      .toBe(true)
    const framesBefore = (await dioramaStats(page))?.frames ?? 0
    await expect
      .poll(async () => (await dioramaStats(page))?.frames ?? 0, { timeout: 30_000 })
      .toBeGreaterThan(framesBefore)
    expect(isBlank(await settledPixels(page))).toBe(false)
    expect(await page.locator('canvas').count()).toBe(1)
    expect(await selected(page)).toEqual(['Fallen drum'])
    expect(app.consoleErrors).toEqual([])
    expect(app.externalRequests).toEqual([])
  } finally {
    await app.close()
  }
})
