/** Smoke test of the built app: the demo scene renders, offline, without errors. */
import { afterAll, expect, it } from 'vitest'
import { canvasPixels, closeBrowser, isBlank, openApp, pixelStats, waitForFirstFrame } from './harness'

afterAll(closeBrowser)

it('renders the demo scene without errors or external requests', async () => {
  const app = await openApp('/')
  try {
    const stats = await waitForFirstFrame(app.page)
    expect(stats.frames).toBeGreaterThan(0)
    expect(stats.firstFrameMs).toBeGreaterThan(0)
    // The first frame may precede lazily loaded parts of the scene: poll until something is drawn. The polled
    // value names the failure (size and pixel statistics of the last screenshot).
    await expect
      .poll(
        async () => {
          const img = await canvasPixels(app.page)
          if (img.width > 100 && !isBlank(img)) return 'drawn'
          return `blank: ${JSON.stringify({ width: img.width, height: img.height, ...pixelStats(img) })}`
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe('drawn')
    expect(app.consoleErrors).toEqual([])
    expect(app.externalRequests).toEqual([])
  } finally {
    await app.close()
  }
})
