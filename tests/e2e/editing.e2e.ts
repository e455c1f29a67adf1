/** The first editing loop, end to end: add from the palette, see it, undo, redo, delete, edit in numbers. */
import { afterAll, expect, it } from 'vitest'
import { closeBrowser, dioramaStats, diffCount, isBlank } from './harness'
import { fieldValue, openEditor, outliner, propCount, settledPixels, typeInto } from './editor'

afterAll(closeBrowser)

/** Pixels that differ clearly (more than anti-aliasing noise) between two frames. */
const changed = (a: Parameters<typeof diffCount>[0], b: Parameters<typeof diffCount>[1]) =>
  diffCount(a, b, 24)

it('adds a prop from the palette, then undoes, redoes and deletes it, with buttons and keys', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    expect(await propCount(page)).toBe(16)
    const before = await settledPixels(page)
    expect(isBlank(before)).toBe(false)

    await page.getByRole('button', { name: 'Add Oil drum (205 L)' }).click()
    await expect.poll(() => propCount(page)).toBe(17)
    const inspector = page.getByRole('region', { name: 'Inspector' })
    await expect.poll(() => inspector.getByText('Oil drum (205 L)').count()).toBeGreaterThan(0)
    expect(await fieldValue(page, 'Diameter')).toBe(16.3)
    const added = await settledPixels(page)
    expect(changed(before, added)).toBeGreaterThan(300)

    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => propCount(page)).toBe(16)
    const undone = await settledPixels(page)
    // Back to the picture before the add: what changed is a small fraction of what the add changed.
    expect(changed(before, undone)).toBeLessThan(changed(before, added) / 10)

    await page.keyboard.press('Control+Shift+Z')
    await expect.poll(() => propCount(page)).toBe(17)
    await page.keyboard.press('Control+Z')
    await expect.poll(() => propCount(page)).toBe(16)
    await page.keyboard.press('Control+Y')
    await expect.poll(() => propCount(page)).toBe(17)

    // Select the new drum in the outliner (it is last) and delete it with the key, then undo that too.
    await outliner(page).getByRole('button', { name: 'Oil drum (205 L)' }).click()
    await page.keyboard.press('Delete')
    await expect.poll(() => propCount(page)).toBe(16)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => propCount(page)).toBe(17)
    await outliner(page).getByRole('button', { name: 'Oil drum (205 L)' }).click()
    await page.getByRole('button', { name: 'Delete' }).click()
    await expect.poll(() => propCount(page)).toBe(16)
    expect(app.consoleErrors).toEqual([])
    expect(app.externalRequests).toEqual([])
  } finally {
    await app.close()
  }
})

it('shows a prop in model mm and real-world units and edits its place in numbers', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    await outliner(page).getByRole('button', { name: 'Fallen drum' }).click()
    const inspector = page.getByRole('region', { name: 'Inspector' })
    // 1:35: a 16.3 mm drum is 57 cm across in the real world, a 24.3 mm one 85 cm tall.
    await expect.poll(() => inspector.getByText('≈ 57.1 cm real').count()).toBeGreaterThan(0)
    await expect.poll(() => inspector.getByText('≈ 85.1 cm real').count()).toBeGreaterThan(0)
    expect(await fieldValue(page, 'Position X')).toBe(110)
    const before = await settledPixels(page)

    await typeInto(page, 'Position X', '-40')
    await expect.poll(() => fieldValue(page, 'Position X')).toBe(-40)
    // -40 mm is 1.40 m left of centre in the real world.
    await expect.poll(() => inspector.getByText('≈ -1.40 m real').count()).toBe(1)
    const moved = await settledPixels(page)
    expect(changed(before, moved)).toBeGreaterThan(300)

    // Out of reach: refused with the reason, and the prop stays where it was.
    await typeInto(page, 'Position X', '99999')
    await expect.poll(() => inspector.getByRole('alert').textContent()).toContain("out of the base's reach")
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => fieldValue(page, 'Position X')).toBe(110)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})

it('draws nothing while nobody touches it', async () => {
  const app = await openEditor()
  try {
    await settledPixels(app.page)
    const before = await dioramaStats(app.page)
    // A fixed window on purpose: this checks what happens while nothing happens.
    await app.page.waitForTimeout(2000)
    expect((await dioramaStats(app.page))?.frames).toBe(before?.frames)
  } finally {
    await app.close()
  }
})
