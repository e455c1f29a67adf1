/**
 * The editor on a tablet: a tap selects, the gizmo is dragged with a finger, one finger orbits and two
 * fingers pinch to zoom. Touches go through the DevTools protocol, as a touch screen's would.
 */
import type { CDPSession, Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { closeBrowser } from './harness'
import { fieldValue, gizmoArrow, openEditor, outliner, settledPixels, toScreen, type Point } from './editor'

afterAll(closeBrowser)

const TABLET = { width: 1024, height: 768 }

/** Fingers from `from` to `to` (one point a finger), in `steps` moves, then lifted. */
async function swipe(cdp: CDPSession, from: readonly Point[], to: readonly Point[], steps = 12) {
  const at = (t: number) =>
    from.map((f, id) => {
      const end = to[id] ?? f
      return { x: f.x + (end.x - f.x) * t, y: f.y + (end.y - f.y) * t, id }
    })
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) })
  for (let i = 1; i <= steps; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / steps) })
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
}

const distance = (page: Page) => page.evaluate<number>('window.__dioramaProbe.cameraDistance(0, 0, 0)')

it('selects with a tap, drags the gizmo with a finger, orbits with one finger and zooms with two', async () => {
  const app = await openEditor('/', { viewport: TABLET, hasTouch: true })
  const { page } = app
  try {
    const cdp = await page.context().newCDPSession(page)
    // A tap on the fallen drum (its middle: half its length back along its 30° turn, one radius up).
    const drum = await toScreen(page, 110 - 0.866 * 12.15, 8.15, 10 + 0.5 * 12.15)
    await page.touchscreen.tap(drum.x, drum.y)
    await expect.poll(() => page.getByRole('button', { name: 'Fallen drum', pressed: true }).count()).toBe(1)

    // A finger on the gizmo's X arrow drags the corner post, in whole millimetres.
    await outliner(page).getByRole('button', { name: 'Corner post' }).click()
    expect(await fieldValue(page, 'Position X')).toBe(20)
    await settledPixels(page)
    const { start, along } = await gizmoArrow(page, { x: 20, y: 0, z: -92 })
    await swipe(cdp, [start], [{ x: start.x + along.x * 70, y: start.y + along.y * 70 }])
    await expect.poll(() => fieldValue(page, 'Position X'), { timeout: 20_000 }).toBeGreaterThan(24)
    expect(Number.isInteger(await fieldValue(page, 'Position X'))).toBe(true)
    expect(await fieldValue(page, 'Position Z')).toBe(-92)
    // One finger across the backdrop above the base turns the camera round the scene.
    const box = await page.locator('canvas').boundingBox()
    if (!box) throw new Error('no canvas')
    const corner = await toScreen(page, 100, 0, 100)
    await swipe(cdp, [{ x: box.x + 60, y: box.y + 40 }], [{ x: box.x + 260, y: box.y + 60 }])
    await settledPixels(page)
    const turned = await toScreen(page, 100, 0, 100)
    expect(Math.hypot(turned.x - corner.x, turned.y - corner.y)).toBeGreaterThan(20)
    expect(await page.getByRole('button', { name: 'Corner post', pressed: true }).count()).toBe(1)

    // Two fingers spreading apart zoom in: the camera comes closer.
    const far = await distance(page)
    const mid = { x: box.x + box.width / 2, y: box.y + box.height / 3 }
    await swipe(
      cdp,
      [
        { x: mid.x - 30, y: mid.y },
        { x: mid.x + 30, y: mid.y },
      ],
      [
        { x: mid.x - 160, y: mid.y },
        { x: mid.x + 160, y: mid.y },
      ],
    )
    await settledPixels(page)
    expect(await distance(page)).toBeLessThan(far * 0.8)

    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})
