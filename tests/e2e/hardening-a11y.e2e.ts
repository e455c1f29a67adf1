/** Accessible to everyone: axe finds nothing serious, every control has a name, and the 3D view is described. */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { closeBrowser, waitForLoaded } from './harness'
import { outliner, propCount, settledPixels } from './editor'
import { cspViolations, openWatched } from './guards'

afterAll(closeBrowser)

/** Serious and critical violations, one line each: rule, then the elements it found. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

it('has no serious or critical axe violations in the editor, its dialogs, the cut list and the viewer', async () => {
  const app = await openWatched('/')
  const { page } = app
  try {
    await waitForLoaded(page)
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'My dioramas' }).click()
    await expect.poll(() => page.getByRole('dialog', { name: 'My dioramas' }).count()).toBe(1)
    await expect.poll(() => page.getByText('Loading…').count()).toBe(0)
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Close' }).click()

    await page.getByRole('button', { name: 'Share…' }).click()
    const field = page.getByRole('textbox', { name: 'Share link' })
    await expect.poll(() => field.count(), { timeout: 20_000 }).toBe(1)
    const link = await field.inputValue()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Close' }).click()

    await page.getByRole('button', { name: 'Cut list', exact: true }).click()
    await expect.poll(() => page.getByRole('table', { name: 'Parts' }).count(), { timeout: 60_000 }).toBe(1)
    expect(await seriousViolations(page)).toEqual([])

    const viewer = await app.context.newPage()
    await viewer.goto(link)
    await waitForLoaded(viewer)
    await expect.poll(() => viewer.getByRole('button', { name: 'Edit a copy' }).count()).toBe(1)
    expect(await seriousViolations(viewer)).toEqual([])
    expect(await cspViolations(page)).toEqual([])
    expect(app.externalRequests).toEqual([])
  } finally {
    await app.close()
  }
})

interface Stop {
  what: string
  /** The marked part of the page it is in, if any (see `mark`). */
  part: string | null
  outlined: boolean
}

/** Where focus is: a short description, and whether an outline shows it. */
const focusStop = (page: Page) =>
  page.evaluate<Stop | null>(`(() => {
    const el = document.activeElement
    if (!el || el === document.body) return null
    const style = getComputedStyle(el)
    const name = el.getAttribute('aria-label') || el.textContent.trim().slice(0, 40) || el.getAttribute('title') || ''
    return {
      what: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + name + '"',
      part: el.closest('[data-part]')?.getAttribute('data-part') ?? null,
      outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1,
    }
  })()`)

it('shows where focus is on every control reached with Tab, and every panel works from the keyboard', async () => {
  const app = await openWatched('/')
  const { page } = app
  try {
    await waitForLoaded(page)
    const parts = {
      palette: page.getByRole('region', { name: 'Palette' }),
      outliner: outliner(page),
      toolbar: page.getByRole('toolbar', { name: 'Edit' }),
    }
    for (const [part, locator] of Object.entries(parts))
      await locator.evaluate((el, name) => el.setAttribute('data-part', name), part)
    // Tab through the whole editor, once round.
    const stops: Stop[] = []
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab')
      const stop = await focusStop(page)
      if (!stop || stop.what === stops[0]?.what) break
      stops.push(stop)
    }
    const reached = stops.map((s) => s.what).join('\n')
    for (const control of ['Add Crate', 'My dioramas', 'Share…', 'Cut list', 'Open file…', 'Save file'])
      expect(reached).toContain(control)
    expect(new Set(stops.map((s) => s.part))).toEqual(new Set([null, ...Object.keys(parts)]))
    expect(stops.filter((s) => !s.outlined).map((s) => s.what)).toEqual([])

    // Palette and outliner: add a prop, select it, delete it and undo, all with keys.
    await page.getByRole('button', { name: 'Add Crate', exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => propCount(page)).toBe(17)
    const drum = outliner(page).getByRole('button', { name: 'Fallen drum' })
    await drum.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => drum.getAttribute('aria-pressed')).toBe('true')
    await page.keyboard.press('Delete')
    await expect.poll(() => propCount(page)).toBe(16)
    await page.keyboard.press('Control+z')
    await expect.poll(() => propCount(page)).toBe(17)

    // Inspector: a typed value, committed with Enter.
    await outliner(page).getByRole('button', { name: 'Fallen drum' }).click()
    const x = page.getByRole('spinbutton', { name: 'Position X', exact: true })
    await x.focus()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('-40')
    await page.keyboard.press('Enter')
    await expect.poll(() => x.inputValue()).toBe('-40')

    // Dialogs take focus when they open, keep Tab inside, close on Escape and give focus back.
    for (const [button, title] of [
      ['My dioramas', 'My dioramas'],
      ['Share…', /^Share/],
    ] as const) {
      const opener = page.getByRole('button', { name: button, exact: true })
      await opener.focus()
      await page.keyboard.press('Enter')
      const dialog = page.getByRole('dialog', { name: title })
      await expect.poll(() => dialog.count()).toBe(1)
      const inDialog = () =>
        page.evaluate<boolean>(`document.activeElement?.closest('[role="dialog"]') !== null`)
      await expect.poll(inDialog).toBe(true)
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab')
        expect(await inDialog()).toBe(true)
      }
      await page.keyboard.press('Escape')
      await expect.poll(() => dialog.count()).toBe(0)
      await expect.poll(() => opener.evaluate((el) => el === document.activeElement)).toBe(true)
    }

    // The cut list: opened with Enter, tabs with the arrow keys, its scrolling panel focusable.
    await page.getByRole('button', { name: 'Cut list', exact: true }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('table', { name: 'Parts' }).count(), { timeout: 60_000 }).toBe(1)
    await page.getByRole('tab', { selected: true }).focus()
    await page.keyboard.press('ArrowRight')
    const tabFocused = () =>
      page.getByRole('tab', { selected: true }).evaluate((el) => el === document.activeElement)
    expect(await tabFocused()).toBe(true)
    const roles: (string | null)[] = []
    for (let i = 0; i < 10 && !roles.includes('tabpanel'); i++) {
      await page.keyboard.press('Tab')
      roles.push(await page.evaluate<string | null>(`document.activeElement?.getAttribute('role')`))
    }
    expect(roles).toContain('tabpanel')
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})

it('describes the 3D view in words for screen readers: props, scale and base', async () => {
  const app = await openWatched('/')
  const { page } = app
  try {
    await waitForLoaded(page)
    const region = page.getByRole('main', { name: '3D view' })
    const description = () =>
      region.evaluate((el) =>
        (el.getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      )
    expect(await description()).toContain('16 props on a 300 × 200 mm base at 1:35')
    await page.getByRole('button', { name: 'Add Crate', exact: true }).click()
    await expect.poll(description).toContain('17 props')
  } finally {
    await app.close()
  }
})

/** Where a point of the base lands on the page, sampled every 100 ms for a while: the camera's path. */
async function cameraPath(page: Page, ms: number): Promise<string[]> {
  const path: string[] = []
  for (let t = 0; t < ms; t += 100) {
    path.push(await page.evaluate<string>('JSON.stringify(window.__dioramaProbe?.toScreen(150, 0, 100))'))
    await page.waitForTimeout(100)
  }
  return path
}

/** How many different places the camera was seen in along a path. */
const stops = (path: readonly string[]) => new Set(path).size

it('moves the camera without easing or inertia when the system asks for reduced motion', async () => {
  const app = await openWatched('/')
  const { page } = app
  try {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await waitForLoaded(page)
    expect(await page.evaluate<boolean>(`matchMedia('(prefers-reduced-motion: reduce)').matches`)).toBe(true)
    const box = await page.locator('canvas').boundingBox()
    if (!box) throw new Error('no canvas')
    await settledPixels(page)
    const before = await cameraPath(page, 100)

    // An orbit from an empty corner of the view. Once the mouse is let go the camera stands still: at most the
    // frame of the last mouse move is still to come, and nothing drifts on.
    await page.mouse.move(box.x + 30, box.y + 30)
    await page.mouse.down()
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 30 + i * 25, box.y + 30 + i * 5)
    await page.mouse.up()
    const afterOrbit = await cameraPath(page, 2000)
    expect(afterOrbit.at(-1)).not.toBe(before[0])
    expect(stops(afterOrbit)).toBeLessThanOrEqual(2)

    // A standard view (7: from the top) is reached at once, not flown to.
    await page.keyboard.press('7')
    expect(stops(await cameraPath(page, 2000))).toBeLessThanOrEqual(2)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})
