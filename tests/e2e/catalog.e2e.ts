/**
 * The whole catalog from the palette, as a maker would use it: every family has its button, each one adds a
 * prop that shows up in the outliner and draws on the canvas. One page for all families (a page load costs
 * tens of seconds with software WebGL): an empty scene, then for each family add, look, delete.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FAMILIES, MATERIAL_LABELS } from '../../src/domain/catalog'
import { closeBrowser, diffCount, type AppSession, type Image } from './harness'
import { openEditor, outliner, propCount, settledPixels } from './editor'

afterAll(closeBrowser)

/** Pixels that differ clearly (more than anti-aliasing noise) between two frames. */
const changed = (a: Image, b: Image) => diffCount(a, b, 24)

/**
 * At the opening camera the smallest families (a 1.5 mm styrene rod, a 2 mm angle iron) still change over
 * 3000 pixels with their shadows, a plank floor over 30000; a family whose meshes are empty changes none once
 * it is deselected (the empty scene redrawn differs from itself in 0 pixels).
 */
const MIN_CHANGED = 1000

const palette = (page: Page) => page.getByRole('region', { name: 'Palette' })
const addButtons = (page: Page) => palette(page).getByRole('button', { name: /^Add / })

/** Selects the first prop in the outliner and deletes it with the key, until none is left. */
async function clearScene(page: Page): Promise<void> {
  for (let left = await propCount(page); left > 0; left--) {
    await outliner(page).getByRole('button').first().click()
    await page.keyboard.press('Delete')
    await expect.poll(() => propCount(page)).toBe(left - 1)
  }
}

/** Deselects (Esc), so the amber outline and the gizmo do not count as the prop's pixels. */
async function deselect(page: Page): Promise<void> {
  await page.keyboard.press('Escape')
  const inspector = page.getByRole('region', { name: 'Inspector' })
  await expect.poll(() => inspector.getByText('Click a prop to see its size and place.').count()).toBe(1)
}

describe('the catalog', () => {
  let app: AppSession
  let page: Page
  /** The empty scene, nothing selected. */
  let empty: Image

  beforeAll(async () => {
    app = await openEditor()
    page = app.page
    await page.getByRole('button', { name: 'New', exact: true }).click()
    // expect.poll belongs to tests: wait for the empty outliner by hand.
    await outliner(page).getByRole('listitem').first().waitFor({ state: 'detached', timeout: 30_000 })
    empty = await settledPixels(page)
  })

  afterAll(async () => {
    await app?.close()
  })

  it('lists every family in the palette, grouped by material, and filters them by a typed word', async () => {
    await expect.poll(() => addButtons(page).count()).toBe(FAMILIES.length)
    for (const [material, label] of Object.entries(MATERIAL_LABELS)) {
      const group = palette(page).getByRole('group', { name: label })
      const expected = FAMILIES.filter((f) => f.material === material).length
      expect(await group.getByRole('button', { name: /^Add / }).count(), label).toBe(expected)
    }

    const search = page.getByRole('searchbox', { name: 'Search props' })
    await search.fill('crate')
    await expect.poll(() => addButtons(page).count()).toBe(2)
    expect(await palette(page).getByRole('button', { name: 'Add Crate', exact: true }).isVisible()).toBe(true)
    expect(await palette(page).getByRole('button', { name: 'Add Open crate', exact: true }).isVisible()).toBe(
      true,
    )
    // A material's name finds all of its families.
    await search.fill('plaster')
    await expect.poll(() => addButtons(page).count()).toBe(2)
    await search.fill('unobtainium')
    await expect.poll(() => addButtons(page).count()).toBe(0)
    expect(await palette(page).getByText('No prop matches').count()).toBe(1)
    await search.fill('')
    await expect.poll(() => addButtons(page).count()).toBe(FAMILIES.length)
  })

  for (const family of FAMILIES) {
    it(`adds "${family.label}" (${family.kind}) from the palette and draws it`, async () => {
      try {
        expect(await propCount(page)).toBe(0)
        const before = await settledPixels(page)
        // Whatever the family before left behind is gone from the picture too.
        expect(changed(empty, before)).toBeLessThan(20)

        await palette(page)
          .getByRole('button', { name: `Add ${family.label}`, exact: true })
          .click()
        await expect.poll(() => propCount(page)).toBe(1)
        expect(await outliner(page).getByRole('button', { name: family.label, exact: true }).count()).toBe(1)
        await deselect(page)
        const after = await settledPixels(page)
        expect(changed(before, after)).toBeGreaterThan(MIN_CHANGED)
      } finally {
        await deselect(page)
        await clearScene(page)
      }
    })
  }

  it('raised no errors and fetched nothing from elsewhere', () => {
    expect(app.consoleErrors).toEqual([])
    expect(app.externalRequests).toEqual([])
  })
})
