/** Moving a prop with the gizmo, as a maker would with the mouse: snapped to 1 mm, one drag one undo step. */
import { afterAll, expect, it } from 'vitest'
import { closeBrowser } from './harness'
import { fieldValue, gizmoArrow, openEditor, outliner, settledPixels, toScreen } from './editor'

afterAll(closeBrowser)

it('drags a prop along X with the gizmo in whole millimetres, undone in one step', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    await outliner(page).getByRole('button', { name: 'Corner post' }).click()
    expect(await fieldValue(page, 'Position X')).toBe(20)
    await settledPixels(page) // the gizmo loads on first selection
    const { start, along } = await gizmoArrow(page, { x: 20, y: 0, z: -92 })
    await page.mouse.move(start.x, start.y)
    await page.mouse.down()
    for (let i = 1; i <= 12; i++) await page.mouse.move(start.x + along.x * i * 6, start.y + along.y * i * 6)
    await page.mouse.up()

    await expect.poll(() => fieldValue(page, 'Position X'), { timeout: 20_000 }).toBeGreaterThan(25)
    const x = await fieldValue(page, 'Position X')
    expect(Number.isInteger(x)).toBe(true)
    expect(await fieldValue(page, 'Position Z')).toBe(-92)
    expect(await fieldValue(page, 'Position Y (up)')).toBe(0)

    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => fieldValue(page, 'Position X')).toBe(20)
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})

it('selects a prop by clicking it in the 3D view, and clears the selection on empty space', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    const inspector = page.getByRole('region', { name: 'Inspector' })
    // The fallen drum lies on its side from (110, 10), turned 30°: its middle is half its 24.3 mm length along
    // (-cos 30°, 0, sin 30°) and one radius (8.15 mm) up.
    const drum = await toScreen(page, 110 - 0.866 * 12.15, 8.15, 10 + 0.5 * 12.15)
    await page.mouse.click(drum.x, drum.y)
    await expect.poll(() => inspector.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Fallen drum')
    expect(await page.getByRole('button', { name: 'Fallen drum', pressed: true }).count()).toBe(1)

    // The top-left corner of the view shows only the backdrop, above the base.
    const box = await page.locator('canvas').boundingBox()
    await page.mouse.click((box?.x ?? 0) + 30, (box?.y ?? 0) + 30)
    await expect.poll(() => inspector.getByText('Click a prop to see its size and place.').count()).toBe(1)
  } finally {
    await app.close()
  }
})
