/**
 * The materials read as different things, checked by their pixels: a balsa block, a flat sheet of kitchen foil
 * and a rusted riveted plate, each added alone on an empty scene (so it stands at the centre of the base, where
 * the camera looks) and seen close up; a crop of the middle of its top face shows only that material.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeBrowser, pixelStats, type AppSession, type PixelStats, type Rect } from './harness'
import { openEditor, outliner, propCount, settledPixels } from './editor'

afterAll(closeBrowser)

type Point = { x: number; y: number }

// The app's viewport probe (src/viewport/ProbeHooks.tsx), called by expression: tests do not share its types.
const toScreen = (page: Page, x: number, y: number, z: number) =>
  page.evaluate<Point>(`window.__dioramaProbe.toScreen(${x}, ${y}, ${z})`)
const cameraDistance = (page: Page) => page.evaluate<number>('window.__dioramaProbe.cameraDistance(0, 0, 0)')

/** Camera distance (mm) at which the 20 mm balsa block is some 200 pixels across. */
const CLOSE_UP_MM = 130

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' })

/**
 * Deselects with Esc, so the amber outline and the gizmo stay out of the crops. A focused field keeps its keys:
 * first click away from it (on the inspector's title), as a maker would.
 */
async function deselect(page: Page): Promise<void> {
  await inspector(page).getByRole('heading', { name: 'Inspector' }).click()
  await page.keyboard.press('Escape')
  await expect
    .poll(() => inspector(page).getByText('Click a prop to see its size and place.').count())
    .toBe(1)
}

async function clearScene(page: Page): Promise<void> {
  for (let left = await propCount(page); left > 0; left--) {
    await outliner(page).getByRole('button').first().click()
    await page.keyboard.press('Delete')
    await expect.poll(() => propCount(page)).toBe(left - 1)
  }
}

/**
 * A canvas rectangle (canvas pixels) inside a prop's top face: a prop of `length` x `width` mm whose top is
 * `height` mm up, standing at the centre of the base.
 */
async function topFaceCrop(
  page: Page,
  size: { length: number; height: number; width: number },
): Promise<Rect> {
  const canvas = await page.locator('canvas').boundingBox()
  if (!canvas) throw new Error('no canvas on the page')
  const corners: Point[] = []
  for (const sx of [-1, 1])
    for (const sz of [-1, 1])
      corners.push(await toScreen(page, sx * 0.4 * size.length, size.height, sz * 0.4 * size.width))
  // Those corners (80 % of the face) project to a parallelogram: the middle half of its bounding box lies
  // inside it whatever the view angle, a margin away from the face's edges and rivets.
  const xs = corners.map((p) => p.x - canvas.x)
  const ys = corners.map((p) => p.y - canvas.y)
  const x0 = Math.min(...xs)
  const y0 = Math.min(...ys)
  const w = Math.max(...xs) - x0
  const h = Math.max(...ys) - y0
  return { x: x0 + w / 4, y: y0 + h / 4, width: w / 2, height: h / 2 }
}

/** Adds a family from the palette on the empty scene, deselects it and measures the middle of its top face. */
async function measure(
  page: Page,
  label: string,
  size: { length: number; height: number; width: number },
): Promise<PixelStats> {
  expect(await propCount(page)).toBe(0)
  await page.getByRole('button', { name: `Add ${label}`, exact: true }).click()
  await expect.poll(() => propCount(page)).toBe(1)
  await deselect(page)
  const img = await settledPixels(page)
  const crop = await topFaceCrop(page, size)
  expect(crop.width * crop.height).toBeGreaterThan(1500)
  return pixelStats(img, crop)
}

const luma = ([r, g, b]: readonly number[]) => 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0)
/** How far the mean colour is from grey: its largest channel minus its smallest. */
const chroma = (s: PixelStats) => Math.max(...s.mean) - Math.min(...s.mean)
/** Red over green: rust orange-brown is far redder than pale balsa, and grey has none. */
const redness = (s: PixelStats) => s.mean[0] - s.mean[1]
/** Red to blue: about 1 for grey steel, over 2 for orange-brown rust. */
const warmth = (s: PixelStats) => s.mean[0] / Math.max(1, s.mean[2])
const distance = (a: PixelStats, b: PixelStats) => Math.hypot(...a.mean.map((v, i) => v - (b.mean[i] ?? 0)))

/** Mean colour and luma variance, to name a failure. */
const describeStats = (s: PixelStats) =>
  `rgb(${s.mean.map((v) => v.toFixed(0)).join(', ')}) variance ${s.variance.toFixed(0)}`

describe('materials', () => {
  let app: AppSession
  let page: Page

  beforeAll(async () => {
    app = await openEditor()
    page = app.page
    await page.getByRole('button', { name: 'New', exact: true }).click()
    await outliner(page).getByRole('listitem').first().waitFor({ state: 'detached', timeout: 30_000 })
    // Zoom in with the wheel over the middle of the view, as a maker would to look at a part up close.
    const canvas = await page.locator('canvas').boundingBox()
    if (!canvas) throw new Error('no canvas on the page')
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
    for (let i = 0; i < 60 && (await cameraDistance(page)) > CLOSE_UP_MM; i++) {
      await page.mouse.wheel(0, -100)
      await page.waitForTimeout(50)
    }
    if ((await cameraDistance(page)) > CLOSE_UP_MM) throw new Error('the wheel did not zoom the view in')
    await settledPixels(page)
  })

  afterAll(async () => {
    await app?.close()
  })

  it('tells balsa, foil and rusted metal apart by colour and texture', async () => {
    let balsa: PixelStats
    let foil: PixelStats
    let rust: PixelStats
    try {
      balsa = await measure(page, 'Balsa block', { length: 20, height: 10, width: 15 })
      await clearScene(page)
      foil = await measure(page, 'Flat foil sheet', { length: 60, height: 0.1, width: 40 })
      await clearScene(page)
      rust = await measure(page, 'Riveted plate', { length: 60, height: 0.7, width: 40 })
    } finally {
      await clearScene(page)
    }
    const figures = `balsa ${describeStats(balsa)}; foil ${describeStats(foil)}; rust ${describeStats(rust)}`

    // No two look alike: their mean colours are far apart.
    expect(distance(balsa, foil), figures).toBeGreaterThan(40)
    expect(distance(balsa, rust), figures).toBeGreaterThan(40)
    expect(distance(foil, rust), figures).toBeGreaterThan(40)

    // Balsa: pale and warm (yellow: blue well below red and green), and even, fine grain.
    expect(luma(balsa.mean), figures).toBeGreaterThan(luma(foil.mean) + 25)
    expect(luma(balsa.mean), figures).toBeGreaterThan(luma(rust.mean) + 25)
    expect(balsa.mean[1] - balsa.mean[2], figures).toBeGreaterThan(25)
    expect(balsa.variance, figures).toBeLessThan(foil.variance / 3)

    // Foil: grey metal, crinkled: its mean has almost no colour, and it varies more than anything else.
    expect(chroma(foil), figures).toBeLessThan(15)
    expect(chroma(balsa), figures).toBeGreaterThan(40)
    expect(foil.variance, figures).toBeGreaterThan(2 * rust.variance)

    // Rust: orange-brown, far redder than balsa and foil, and mottled.
    expect(redness(rust), figures).toBeGreaterThan(redness(balsa) + 20)
    expect(redness(rust), figures).toBeGreaterThan(redness(foil) + 40)
    expect(rust.variance, figures).toBeGreaterThan(balsa.variance)
  })

  it('shows the rust amount set with the inspector slider: bare steel is grey, full rust orange-brown', async () => {
    try {
      const size = { length: 60, height: 0.7, width: 40 }
      const asAdded = await measure(page, 'Riveted plate', size)
      const rustSlider = inspector(page).getByRole('slider', { name: 'Rust' })

      await outliner(page).getByRole('button', { name: 'Riveted plate' }).click()
      // Metal props come in rusted.
      expect(await rustSlider.getAttribute('aria-valuetext')).toBe('60 %')
      await rustSlider.press('End')
      await expect.poll(() => rustSlider.getAttribute('aria-valuetext')).toBe('100 %')
      await deselect(page)
      const img = await settledPixels(page)
      const full = pixelStats(img, await topFaceCrop(page, size))

      await outliner(page).getByRole('button', { name: 'Riveted plate' }).click()
      await rustSlider.press('Home')
      await expect.poll(() => rustSlider.getAttribute('aria-valuetext')).toBe('0 %')
      await deselect(page)
      const bare = pixelStats(await settledPixels(page), await topFaceCrop(page, size))

      const figures = `0 %: ${describeStats(bare)}; as added: ${describeStats(asAdded)}; 100 %: ${describeStats(full)}`
      expect(chroma(bare), figures).toBeLessThan(25)
      expect(redness(full), figures).toBeGreaterThan(redness(bare) + 40)
      expect(redness(asAdded), figures).toBeGreaterThan(redness(bare) + 40)
      // More rust is deeper orange-brown: red pulls further ahead of blue at each step.
      expect(warmth(asAdded), figures).toBeGreaterThan(warmth(bare) + 0.5)
      expect(warmth(full), figures).toBeGreaterThan(warmth(asAdded) + 0.3)
    } finally {
      await deselect(page)
      await clearScene(page)
    }
  })

  it('raised no errors and fetched nothing from elsewhere', () => {
    expect(app.consoleErrors).toEqual([])
    expect(app.externalRequests).toEqual([])
  })
})
