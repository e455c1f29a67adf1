/** The cut list, end to end: a small scene, its parts, diagrams, shopping list, CSV and PDF, live with edits. */
import { readFile } from 'node:fs/promises'
import { PDFDocument } from 'pdf-lib'
import type { Download, Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { plankCount } from '../../src/domain/catalog/spacing'
import { closeBrowser } from './harness'
import { openEditor, outliner, propCount, typeInto } from './editor'

afterAll(closeBrowser)

/** Generous: the worker packs in software-rendering Chromium on a busy 2-core machine. */
const PLAN_TIMEOUT = 60_000

const parts = (page: Page) => page.getByRole('table', { name: 'Parts' })
const busy = (page: Page) => page.getByRole('tabpanel').getAttribute('aria-busy')

const partRow = (page: Page, label: string) =>
  parts(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: label, exact: true }) })
    .first()

/** The count column of the first parts row whose part name is exactly `label`. */
async function partCount(page: Page, label: string): Promise<number> {
  const row = partRow(page, label)
  if ((await row.count()) === 0) return 0
  const cells = await row.getByRole('cell').allTextContents()
  return Number(cells[5])
}

async function download(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: PLAN_TIMEOUT }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ])
  const path = await file.path()
  return { download: file, bytes: await readFile(path) }
}

async function smallScene(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New', exact: true }).click()
  await expect.poll(() => propCount(page), { timeout: 30_000 }).toBe(0)
  for (const family of ['Plank floor', 'Crate', 'Oil drum (205 L)'])
    await page.getByRole('button', { name: `Add ${family}`, exact: true }).click()
  await expect.poll(() => propCount(page)).toBe(3)
}

/** A plank floor, a crate and a drum on an empty base, and the cut list open on its first plan. */
async function openCutListOnSmallScene(page: Page): Promise<void> {
  await smallScene(page)
  await page.getByRole('button', { name: 'Cut list', exact: true }).click()
  await expect.poll(() => partCount(page, 'Plank'), { timeout: PLAN_TIMEOUT }).toBe(12)
}

it('lists the parts of a small scene, draws the sheets, prices the stock and follows edits live', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    await openCutListOnSmallScene(page)
    expect(await partCount(page, 'Drum body')).toBe(1)
    expect(await partCount(page, 'Side')).toBe(2)

    // Live: a narrower floor has fewer planks, and the list follows without being asked.
    await outliner(page).getByRole('button', { name: 'Plank floor' }).click()
    await typeInto(page, 'Width', '50')
    await expect.poll(() => partCount(page, 'Plank'), { timeout: PLAN_TIMEOUT }).toBe(plankCount(50, 6, 0.3))

    const plankTag = await partRow(page, 'Plank').getByRole('rowheader').textContent()
    await page.getByRole('tab', { name: 'Diagrams' }).click()
    const sheets = page.getByRole('img', { name: /^Sheet \d+: / })
    await expect.poll(() => sheets.count(), { timeout: PLAN_TIMEOUT }).toBeGreaterThanOrEqual(2)
    // Every plank is drawn on a sheet: one part per plank, each with its tag in its tooltip.
    const planks = await page.evaluate((tag) => {
      const titles = [...document.querySelectorAll('svg[role="img"] g > title')]
      return titles.filter((t) => t.textContent?.startsWith(`${tag}: `)).length
    }, plankTag?.trim())
    expect(planks).toBe(plankCount(50, 6, 0.3))
    await expect.poll(() => page.getByText(/Waste \d+(\.\d)? %/).count()).toBeGreaterThanOrEqual(2)

    await page.getByRole('tab', { name: 'Shopping list' }).click()
    const shopping = page.getByRole('table', { name: 'Shopping list' })
    await expect.poll(() => shopping.getByRole('row', { name: /Balsa sheet/ }).count()).toBeGreaterThan(0)
    await expect.poll(() => shopping.getByRole('row', { name: /Styrene tube/ }).count()).toBe(1)
    const total = await shopping.getByRole('row', { name: /^Total/ }).textContent()
    expect(total).toMatch(/\$\d+\.\d\d/)
    expect(total).not.toMatch(/\$0\.00/)
    await expect.poll(() => page.getByRole('row', { name: /Suggested price/ }).count()).toBe(1)

    expect(app.consoleErrors).toEqual([])
    expect(app.externalRequests).toEqual([])
  } finally {
    await app.close()
  }
})

it('downloads the cut list and shopping list as CSV and 1:1 templates as a PDF', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    await openCutListOnSmallScene(page)

    const cutList = await download(page, 'Cut list CSV')
    expect(cutList.download.suggestedFilename()).toMatch(/-cut-list\.csv$/)
    const lines = cutList.bytes.toString('utf8').trim().split('\r\n')
    expect(lines[0]).toMatch(/^Tag,Part,Props,Material,Stock,Thickness \(mm\),Width \(mm\),Length \(mm\)/)
    expect(
      lines.some((l) => /^[A-Z]+,Plank,Plank floor,balsa,balsa sheet,1\.5,6,120,.*,12,length$/.test(l)),
    ).toBe(true)

    const shopping = await download(page, 'Shopping list CSV')
    const text = shopping.bytes.toString('utf8')
    expect(text).toMatch(/^Item,Quantity,Unit price \(USD\)/)
    expect(text).toMatch(/\r\nSuggested price,,\d+(\.\d+)?\r\n/)

    await page.getByRole('combobox', { name: 'Paper size' }).selectOption('letter')
    const pdf = await download(page, 'Templates PDF')
    expect(pdf.download.suggestedFilename()).toMatch(/-templates-letter\.pdf$/)
    const doc = await PDFDocument.load(pdf.bytes)
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1)
    const { width, height } = doc.getPage(0).getSize()
    expect([Math.round(width), Math.round(height)]).toEqual([612, 792])
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})

it('uses an offcut first, and packs off the main thread when the workshop changes', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    await openCutListOnSmallScene(page)

    await page.getByRole('tab', { name: 'Workshop' }).click()
    // Main-thread tasks from here on: the replans below must not add any long one.
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] }
      w.__longTasks = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration)
      }).observe({ type: 'longtask' })
    })
    const offcut = page.getByRole('form', { name: 'Add an offcut' })
    await offcut.getByRole('combobox').selectOption('balsa-sheet')
    await offcut.getByRole('spinbutton', { name: 'Offcut thickness (mm)' }).fill('1.5')
    await offcut.getByRole('spinbutton', { name: 'Offcut width (mm)' }).fill('100')
    await offcut.getByRole('spinbutton', { name: 'Offcut length (mm)' }).fill('200')
    await offcut.getByRole('button', { name: 'Add offcut' }).click()
    await expect.poll(() => page.getByText(/1 × balsa sheet 1\.5 × 100 × 200 mm/).count()).toBe(1)
    // The plan follows: the summary counts the offcut, while this tab stays as it is.
    await expect.poll(() => page.getByText(/1 offcut used/).count(), { timeout: PLAN_TIMEOUT }).toBe(1)
    await typeInto(page, 'Kerf', '0.5')
    await expect.poll(() => page.getByRole('spinbutton', { name: 'Kerf' }).inputValue()).toBe('0.5')
    // The tab panel is busy from the edit until the plan for it arrives.
    await expect.poll(() => busy(page), { timeout: PLAN_TIMEOUT }).toBe('false')
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)
    // Packing runs in the worker: the page itself only takes the new plan, in short tasks.
    expect(longTasks.filter((ms) => ms > 50)).toEqual([])

    await page.getByRole('tab', { name: 'Diagrams' }).click()
    await expect
      .poll(() => page.getByRole('img', { name: /Offcut 100 × 200 mm/ }).count(), { timeout: PLAN_TIMEOUT })
      .toBe(1)

    // The planks fit the offcut, so no 1.5 mm sheet is bought.
    await page.getByRole('tab', { name: 'Shopping list' }).click()
    const shopping = page.getByRole('table', { name: 'Shopping list' })
    await expect.poll(() => shopping.getByRole('row').count()).toBeGreaterThan(2)
    expect(await shopping.getByRole('row', { name: /Balsa sheet (1\.5 ×|1\/16 ×)/ }).count()).toBe(0)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})
