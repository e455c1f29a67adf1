/**
 * A big diorama, used as a maker would: 5,000 props opened from a scene file, then a click on one of them in
 * the 3D view. It is picked (the outliner and the inspector show it) and highlighted (its amber outline
 * appears on the canvas), and the scene is drawn with its weathered looks in a handful of draw calls.
 */
import type { Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { generateScene } from '../../bench/lib/sceneGen'
import type { Prop } from '../../src/domain/scene/types'
import {
  closeBrowser,
  decodePng,
  dioramaStats,
  pixelStats,
  waitForLoaded,
  type Image,
  type Rect,
} from './harness'
import { fieldValue, openEditor, outliner } from './editor'

afterAll(closeBrowser)

const PROPS = 5000
/** A frame of 5,000 props takes seconds in software WebGL. */
const SLOW = 300_000

type Point = { x: number; y: number }

/** The canvas once drawing has stopped (settledPixels, with the time a frame of 5,000 props takes here). */
async function settledCanvas(page: Page, quietMs = 1500): Promise<Image> {
  let last = -1
  let since = Date.now()
  for (const deadline = Date.now() + SLOW; Date.now() < deadline; await page.waitForTimeout(200)) {
    const stats = await dioramaStats(page)
    if (stats?.frames !== last || (stats?.pendingTextures ?? 0) > 0) {
      last = stats?.frames ?? -1
      since = Date.now()
    } else if (Date.now() - since >= quietMs) {
      const png = await page.locator('canvas').first().screenshot({ animations: 'allow', timeout: SLOW })
      return decodePng(png)
    }
  }
  throw new Error('the canvas kept drawing')
}
const pick = (page: Page, at: Point) =>
  page.evaluate<{ propId: string | null; ms: number }>(`window.__dioramaProbe.pick(${at.x}, ${at.y})`)

/** The selection outline's amber (#ffb020), lit or not: strongly red and green, hardly blue. */
function amberPixels(img: Image, rect: Rect): number {
  let count = 0
  for (let y = Math.max(0, Math.floor(rect.y)); y < Math.min(img.height, rect.y + rect.height); y++)
    for (let x = Math.max(0, Math.floor(rect.x)); x < Math.min(img.width, rect.x + rect.width); x++) {
      const i = (y * img.width + x) * 4
      const r = img.data[i] ?? 0
      const g = img.data[i + 1] ?? 0
      const b = img.data[i + 2] ?? 0
      if (r > 200 && g > 130 && g < 200 && b < 90) count++
    }
  return count
}

it(
  'opens a 5,000-prop scene, picks a prop with a click and outlines it',
  async () => {
    const app = await openEditor()
    const { page } = app
    try {
      const scene = generateScene(PROPS)
      await page.getByLabel('Scene file to open').setInputFiles({
        name: 'big.diorama.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(scene)),
      })
      await expect
        .poll(() => page.getByRole('heading', { name: /Outliner/ }).textContent(), { timeout: SLOW })
        .toContain(`${PROPS} props`)
      await waitForLoaded(page, SLOW)
      const before = await settledCanvas(page)
      const stats = await page.evaluate<{ drawCalls: number; triangles: number }>('window.__dioramaStats')
      // One draw for all the props and one for their shadows, plus the base, its grid and its shadow.
      expect(stats.drawCalls).toBeLessThanOrEqual(10)
      // The view opened on the demo's small base sees the middle of the big one: culled to what it shows.
      expect(stats.triangles).toBeGreaterThan(100_000)
      // Weathered, textured looks, not flat colours: a busy picture.
      expect(pixelStats(before).distinctColours).toBeGreaterThan(5000)

      // A prop under a point of the view near the middle, found as a click would find it.
      const canvas = await page.locator('canvas').boundingBox()
      if (!canvas) throw new Error('no canvas on the page')
      let target: Prop | undefined
      let at: Point = { x: 0, y: 0 }
      for (let i = 0; i < 60 && !target; i++) {
        at = {
          x: canvas.x + canvas.width * (0.3 + 0.04 * (i % 10)),
          y: canvas.y + canvas.height * (0.4 + 0.05 * Math.floor(i / 10)),
        }
        const hit = await pick(page, at)
        target = scene.props.find((p) => p.id === hit.propId)
      }
      if (!target) throw new Error('no prop found under the middle of the view')

      await page.mouse.click(at.x, at.y)
      // Off the canvas, so no hovered gizmo handle lights up where the outline is looked for.
      await page.mouse.move(1, 1)
      const selected = outliner(page).getByRole('button', { pressed: true })
      await expect.poll(() => selected.count(), { timeout: SLOW }).toBe(1)
      await expect.poll(() => fieldValue(page, 'Position X'), { timeout: SLOW }).toBe(target.position.x)
      expect(await fieldValue(page, 'Position Z')).toBe(target.position.z)

      const after = await settledCanvas(page)
      const around = { x: at.x - canvas.x - 60, y: at.y - canvas.y - 60, width: 120, height: 120 }
      const figures = `amber pixels around the prop: ${amberPixels(before, around)} before, ${amberPixels(after, around)} after`
      expect(amberPixels(after, around), figures).toBeGreaterThan(amberPixels(before, around) + 20)
      expect(app.consoleErrors).toEqual([])
    } finally {
      await app.close()
    }
  },
  SLOW * 3,
)
