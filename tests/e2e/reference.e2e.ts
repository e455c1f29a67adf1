/** A reference photo to build over: on the base or as a backdrop, scaled by two marked points, kept with the scene. */
import { PNG } from 'pngjs'
import type { Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { closeBrowser, diffCount, type Image } from './harness'
import { fieldValue, openEditor, settledPixels } from './editor'

afterAll(closeBrowser)

/** 400 × 200 px: green on the left, blue on the right; no prop in the demo is either colour. */
function photoPng(): Buffer {
  const png = new PNG({ width: 400, height: 200 })
  for (let y = 0; y < 200; y++)
    for (let x = 0; x < 400; x++) {
      const i = (y * 400 + x) * 4
      png.data[i] = 0
      png.data[i + 1] = x < 200 ? 220 : 0
      png.data[i + 2] = x < 200 ? 0 : 240
      png.data[i + 3] = 255
    }
  return PNG.sync.write(png)
}

/** Pixels clearly blue: the photo's right half showing through. */
const bluePixels = (img: Image) => {
  let n = 0
  for (let i = 0; i < img.data.length; i += 4)
    if (
      img.data[i + 2]! > 120 &&
      img.data[i + 2]! > img.data[i]! + 60 &&
      img.data[i + 2]! > img.data[i + 1]! + 40
    )
      n++
  return n
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Reference photo' })

it('lays a photo on the base, scales it by two points, stands it behind the base, and keeps it', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    expect(bluePixels(await settledPixels(page))).toBeLessThan(50)
    // The photo is kept with the scene once the scene itself is kept: a first visit's demo is after an edit.
    await page.getByRole('button', { name: 'Add Oil drum (205 L)', exact: true }).click()
    await page.getByRole('button', { name: 'Reference photo…' }).click()
    await dialog(page)
      .getByLabel('Reference photo file')
      .setInputFiles({ name: 'yard.png', mimeType: 'image/png', buffer: photoPng() })
    await expect
      .poll(() => dialog(page).getByRole('radio', { name: 'On the base' }).isChecked(), { timeout: 30_000 })
      .toBe(true)
    await dialog(page).getByRole('slider', { name: 'Opacity' }).fill('1')
    await expect
      .poll(async () => bluePixels(await settledPixels(page)), { timeout: 30_000 })
      .toBeGreaterThan(2000)

    // Mark two points 200 px apart on the 400 px photo and say they are 3.5 m apart: 100 mm at 1:35, so the
    // whole photo is 200 mm wide.
    const preview = dialog(page).getByRole('img', { name: /reference photo/ })
    const box = (await preview.boundingBox())!
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height / 2)
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 2)
    await dialog(page).getByRole('spinbutton', { name: 'Real distance between the points (m)' }).fill('3.5')
    await dialog(page)
      .getByRole('button', { name: /^Scale the photo to \d+(\.\d)? mm wide$/ })
      .click()
    // Clicks land on whole pixels of the scaled preview: within 2 mm of 200.
    await expect.poll(async () => Math.abs((await fieldValue(page, 'Photo width')) - 200)).toBeLessThan(2)

    const onBase = await settledPixels(page)
    await dialog(page).getByRole('radio', { name: 'Behind the base (backdrop)' }).check()
    // Stood up behind the base, the photo is elsewhere in the picture.
    await expect
      .poll(async () => diffCount(onBase, await settledPixels(page), 40), { timeout: 30_000 })
      .toBeGreaterThan(onBase.width * onBase.height * 0.02)
    await dialog(page).getByRole('button', { name: 'Close' }).click()

    // Kept with the scene in this browser.
    await page.reload()
    await expect
      .poll(async () => bluePixels(await settledPixels(page)), { timeout: 60_000 })
      .toBeGreaterThan(1000)
    await page.getByRole('button', { name: 'Reference photo…' }).click()
    await expect
      .poll(async () => Math.abs((await fieldValue(page, 'Photo width')) - 200), { timeout: 30_000 })
      .toBeLessThan(2)
    await dialog(page).getByRole('button', { name: 'Remove photo' }).click()
    await dialog(page).getByRole('button', { name: 'Close' }).click()
    await expect.poll(async () => bluePixels(await settledPixels(page)), { timeout: 30_000 }).toBeLessThan(50)
    expect(app.consoleErrors).toEqual([])
    expect(app.externalRequests).toEqual([])
  } finally {
    await app.close()
  }
}, 300_000)
