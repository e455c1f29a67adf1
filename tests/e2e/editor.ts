/** Helpers for tests that use the editor as a maker would: by role and accessible name, and by its pixels. */
import type { Page } from 'playwright-core'
import {
  canvasPixels,
  dioramaStats,
  openApp,
  waitForLoaded,
  type AppSession,
  type Image,
  type SessionOptions,
} from './harness'

/** Opens the editor and waits until the scene is drawn with every texture in place. */
export async function openEditor(path = '/', options: SessionOptions = {}): Promise<AppSession> {
  const app = await openApp(path, options)
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

export type Point = { x: number; y: number }

/** Page pixels of a point in model mm (the app's viewport probe, src/viewport/ProbeHooks.tsx). */
export const toScreen = (page: Page, x: number, y: number, z: number) =>
  page.evaluate<Point>(`window.__dioramaProbe.toScreen(${x}, ${y}, ${z})`)

/**
 * The move/turn gizmo's unit at `at`, in model mm: three's TransformControls keeps the gizmo one size on
 * screen by scaling it to camera distance x 1.9 tan(fov/2) x size / 4 (the app's fov 35°, size 0.8).
 */
export async function gizmoUnit(page: Page, at: { x: number; y: number; z: number }): Promise<number> {
  const distance = await page.evaluate<number>(
    `window.__dioramaProbe.cameraDistance(${at.x}, ${at.y}, ${at.z})`,
  )
  return distance * 1.9 * Math.tan((35 / 2) * (Math.PI / 180)) * (0.8 / 4)
}

/**
 * A point on one of the move gizmo's arrows standing at `at`, and the arrow's direction on screen: 0.34
 * units out, on the arrow's grab handle.
 */
export async function gizmoArrow(
  page: Page,
  at: { x: number; y: number; z: number },
  axis: 'x' | 'z' = 'x',
): Promise<{ start: Point; along: Point }> {
  const handleMm = 0.6 * (4 / 7) * (await gizmoUnit(page, at))
  const origin = await toScreen(page, at.x, at.y, at.z)
  const start =
    axis === 'x'
      ? await toScreen(page, at.x + handleMm, at.y, at.z)
      : await toScreen(page, at.x, at.y, at.z + handleMm)
  const len = Math.hypot(start.x - origin.x, start.y - origin.y)
  return { start, along: { x: (start.x - origin.x) / len, y: (start.y - origin.y) / len } }
}
