/**
 * Editing as a modeller, from the keyboard where a modeller would: pick props in the outliner, group, align
 * and distribute them, duplicate and nudge by the grid, lock and hide, measure, and the keyboard help.
 */
import type { Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { closeBrowser, diffCount } from './harness'
import { fieldValue, openEditor, outliner, propCount, settledPixels } from './editor'

afterAll(closeBrowser)

const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' })
const row = (page: Page, name: string, nth = 0) =>
  outliner(page).getByRole('button', { name, exact: true }).nth(nth)
const toggle = (page: Page, name: string, nth = 0) =>
  outliner(page).getByRole('switch', { name, exact: true }).nth(nth)

/** Selects one prop from the outliner and reads a position field of the inspector. */
async function positionOf(
  page: Page,
  name: string,
  nth: number,
  axis: 'X' | 'Y (up)' | 'Z',
): Promise<number> {
  await row(page, name, nth).click()
  await expect
    .poll(() =>
      inspector(page)
        .getByRole('spinbutton', { name: `Position ${axis}` })
        .count(),
    )
    .toBe(1)
  return fieldValue(page, `Position ${axis}`)
}

it('groups three props picked with Ctrl-click, then distributes and aligns them from the panel', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    // Three drums at x 70, 90, 80 and z -60, -55, -38, each 16.3 mm across.
    for (let i = 0; i < 3; i++) await row(page, 'Drum', i).click({ modifiers: ['Control'] })
    await expect.poll(() => inspector(page).getByText('3 props selected.').count()).toBe(1)
    const together = inspector(page).getByRole('definition')
    // 61.85 to 98.15 mm wide, 68.15 to 29.85 mm deep.
    await expect.poll(() => together.first().textContent()).toContain('36.3 mm')
    expect(await together.nth(2).textContent()).toContain('38.3 mm')

    await page.keyboard.press('Control+g')
    const group = row(page, 'Group 1')
    await expect.poll(() => group.getAttribute('aria-pressed')).toBe('true')
    const members = outliner(page).getByRole('list', { name: 'Members of Group 1' })
    expect(await members.getByRole('listitem').count()).toBe(3)
    expect(await page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toContain('Group')
    // Props of one group move as one: nothing to line up.
    expect(await inspector(page).getByRole('button', { name: 'Align X centre' }).isDisabled()).toBe(true)
    // A click on a member selects its group mates.
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await members.getByRole('button', { name: 'Drum', exact: true }).first().click()
    await expect.poll(() => inspector(page).getByText('3 props selected.').count()).toBe(1)

    await page.keyboard.press('Control+Shift+G')
    await expect.poll(() => group.count()).toBe(0)
    expect(await propCount(page)).toBe(16)

    // Equal gaps along Z: the middle drum goes from -55 to -49, the outer two stay.
    await inspector(page).getByRole('button', { name: 'Distribute Z', exact: true }).click()
    expect(await positionOf(page, 'Drum', 1, 'Z')).toBe(-49)
    expect(await positionOf(page, 'Drum', 0, 'Z')).toBe(-60)

    // Centred on X together: 61.85 to 98.15 mm, so every drum at 80.
    await row(page, 'Drum', 0).click()
    for (let i = 1; i < 3; i++) await row(page, 'Drum', i).click({ modifiers: ['Control'] })
    await inspector(page).getByRole('button', { name: 'Align X centre', exact: true }).click()
    for (let i = 0; i < 3; i++) expect(await positionOf(page, 'Drum', i, 'X')).toBe(80)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})

it('duplicates, nudges by the grid step, skips locked props, hides and shows, all with keys', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    // The corner post stands at (20, 0, -92); a copy lands 10 grid steps off along X and Z, selected.
    await row(page, 'Corner post').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => fieldValue(page, 'Position X')).toBe(20)
    await page.keyboard.press('Control+d')
    await expect.poll(() => propCount(page)).toBe(17)
    await expect.poll(() => row(page, 'Corner post', 1).getAttribute('aria-pressed')).toBe('true')
    expect(await fieldValue(page, 'Position X')).toBe(30)
    expect(await fieldValue(page, 'Position Z')).toBe(-82)

    // Escape leaves the outliner (the selection stays), so the arrow keys nudge.
    await page.keyboard.press('Escape')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => fieldValue(page, 'Position X')).toBe(31)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => fieldValue(page, 'Position Z')).toBe(-81)
    await page.keyboard.press('PageUp')
    await expect.poll(() => fieldValue(page, 'Position Y (up)')).toBe(1)
    await page.keyboard.press('Shift+ArrowRight')
    await expect.poll(() => fieldValue(page, 'Position X')).toBe(41)
    // One nudge, one undo step.
    await page.keyboard.press('Control+z')
    await expect.poll(() => fieldValue(page, 'Position X')).toBe(31)
    expect(await fieldValue(page, 'Position Y (up)')).toBe(1)

    // A finer grid: half a millimetre a press.
    const grid = page.getByRole('combobox', { name: 'Grid step' })
    await grid.selectOption('0.5')
    await page.getByRole('heading', { name: /^Outliner/ }).focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => fieldValue(page, 'Position X')).toBe(31.5)

    // Lock the original with its switch; nudging both moves only the copy.
    const lock = toggle(page, 'Lock Corner post', 0)
    await lock.click()
    await expect.poll(() => lock.getAttribute('aria-checked')).toBe('true')
    await row(page, 'Corner post', 0).click()
    await row(page, 'Corner post', 1).click({ modifiers: ['Control'] })
    await page.keyboard.press('Escape')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => positionOf(page, 'Corner post', 1, 'X')).toBe(32)
    expect(await positionOf(page, 'Corner post', 0, 'X')).toBe(20)

    // Keys typed into a field stay in the field.
    await page.getByRole('searchbox', { name: 'Search props' }).pressSequentially('h')
    expect(await toggle(page, 'Hide Corner post', 0).getAttribute('aria-checked')).toBe('false')
    await page.getByRole('searchbox', { name: 'Search props' }).fill('')

    // Hide the girder with H: the outliner says so and the 3D view no longer draws it.
    await page.getByRole('heading', { name: /^Outliner/ }).focus()
    await page.keyboard.press('Escape')
    await expect
      .poll(() => inspector(page).getByText('Click a prop to see its size and place.').count())
      .toBe(1)
    const before = await settledPixels(page)
    await row(page, 'Girder').focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('Escape')
    await page.keyboard.press('h')
    const hidden = toggle(page, 'Hide Girder')
    await expect.poll(() => hidden.getAttribute('aria-checked')).toBe('true')
    await expect
      .poll(() => inspector(page).getByText('Click a prop to see its size and place.').count())
      .toBe(1)
    const without = await settledPixels(page)
    expect(diffCount(before, without, 24)).toBeGreaterThan(300)
    await page.keyboard.press('Alt+h')
    await expect.poll(() => hidden.getAttribute('aria-checked')).toBe('false')
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})

it('measures between two props, renames in place, opens the keyboard help with "?" and keeps saved views', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    await row(page, 'Drum', 0).click()
    await row(page, 'Drum', 1).click({ modifiers: ['Control'] })
    await page.keyboard.press('Escape')
    await page.keyboard.press('m')
    const tape = inspector(page).getByRole('region', { name: 'Measure' })
    await expect.poll(() => tape.count()).toBe(1)
    expect(
      await page.getByRole('button', { name: 'Measure', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true')
    // Centre to centre: 20 mm along X, 5 along Z, 20.6 mm; 72.2 cm at 1:35.
    await tape.getByRole('button', { name: 'Between selected props' }).click()
    await expect.poll(() => tape.getByRole('status').textContent()).toContain('20.6 mm')
    expect(await tape.getByRole('status').textContent()).toContain('≈ 72.2 cm real')
    await tape.getByRole('button', { name: 'Done' }).click()
    await expect.poll(() => tape.count()).toBe(0)

    // F2 renames the focused row; Enter keeps the name as one undo step, Escape leaves it.
    await row(page, 'Girder').focus()
    await page.keyboard.press('F2')
    const name = outliner(page).getByRole('textbox', { name: 'Name of Girder' })
    await name.fill('Roof beam')
    await page.keyboard.press('Enter')
    await expect.poll(() => row(page, 'Roof beam').count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toContain('Rename')
    await page.keyboard.press('F2')
    await outliner(page).getByRole('textbox', { name: 'Name of Roof beam' }).fill('Nope')
    await page.keyboard.press('Escape')
    await expect.poll(() => row(page, 'Roof beam').count()).toBe(1)

    // The help lists the shortcuts and closes with Escape, leaving the selection as it was.
    await row(page, 'Drum', 2).click()
    await page.keyboard.press('Escape')
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect.poll(() => help.count()).toBe(1)
    expect(await help.getByText('Duplicate the selection').count()).toBe(1)
    await page.keyboard.press('Escape')
    await expect.poll(() => help.count()).toBe(0)
    expect(await row(page, 'Drum', 2).getAttribute('aria-pressed')).toBe('true')

    // Saved views: B saves one; the Views menu goes to, renames and removes it, each change one undo step.
    await page.keyboard.press('b')
    const menu = page.getByRole('button', { name: 'Views', exact: true })
    await menu.click()
    const views = page.getByRole('group', { name: 'Views', exact: true })
    const saved = views.getByRole('list', { name: 'Saved views' })
    await expect.poll(() => saved.getByRole('button', { name: 'View 1', exact: true }).count()).toBe(1)
    await views.getByRole('button', { name: 'Save view', exact: true }).click()
    await expect.poll(() => saved.getByRole('listitem').count()).toBe(2)
    await saved.getByRole('button', { name: 'View 1', exact: true }).click()
    await saved.getByRole('button', { name: 'Rename View 2' }).click()
    await saved.getByRole('textbox', { name: 'Name of View 2' }).fill('Over the drums')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => saved.getByRole('button', { name: 'Over the drums', exact: true }).count())
      .toBe(1)
    await saved.getByRole('button', { name: 'Remove View 1' }).click()
    await expect.poll(() => saved.getByRole('listitem').count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toContain('Remove view')
    const ortho = views.getByRole('button', { name: 'Orthographic', exact: true })
    await ortho.click()
    await expect.poll(() => ortho.getAttribute('aria-pressed')).toBe('true')
    // Escape closes the menu and comes back to its button.
    await page.keyboard.press('Escape')
    await expect.poll(() => views.count()).toBe(0)
    expect(await menu.evaluate((b) => b === document.activeElement)).toBe(true)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})
