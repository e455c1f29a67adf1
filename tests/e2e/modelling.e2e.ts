/**
 * Editing in the 3D view as a modeller does with the mouse: a box around three drums, one gizmo drag for all
 * of them (no React render while it lasts), undone in one step; a drum dragged onto a pallet climbs onto it
 * and Alt moves it freely; the tape measures a strip from corner to corner.
 */
import type { Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { closeBrowser, dioramaStats, REACT_COMMIT_COUNTER } from './harness'
import {
  fieldValue,
  gizmoArrow,
  gizmoUnit,
  openEditor,
  outliner,
  propCount,
  settledPixels,
  toScreen,
  typeInto,
  type Point,
} from './editor'

afterAll(closeBrowser)

type Commits = Record<string, number>
const commits = (page: Page) => page.evaluate<Commits>('({ ...window.__reactCommitsBy })')
const R3F = '@react-three/fiber'
const DOM = 'react-dom'
const grew = (after: Commits, before: Commits, root: string) => (after[root] ?? 0) - (before[root] ?? 0)

const drumRow = (page: Page, nth: number) =>
  outliner(page).getByRole('button', { name: 'Drum', exact: true }).nth(nth)

/** Selects the nth prop called `name` in the outliner and reads a field of the inspector. */
async function fieldOf(page: Page, name: string, nth: number, label: string): Promise<number> {
  await outliner(page).getByRole('button', { name, exact: true }).nth(nth).click()
  await expect.poll(() => page.getByRole('spinbutton', { name: label, exact: true }).count()).toBe(1)
  return fieldValue(page, label)
}

/** Presses on a gizmo arrow and moves along it in `moves` steps of `stepPx`; releases unless told not to. */
async function dragAlong(page: Page, grip: { start: Point; along: Point }, moves: number, stepPx: number) {
  const { start, along } = grip
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  for (let i = 1; i <= moves; i++)
    await page.mouse.move(start.x + along.x * i * stepPx, start.y + along.y * i * stepPx)
}

/**
 * Whether a gizmo handle lights up under the pointer at `p`: hovering one redraws the view (the view
 * otherwise draws nothing while the pointer moves over it).
 */
async function lightsUp(page: Page, p: Point): Promise<boolean> {
  const box = await page.locator('canvas').boundingBox()
  await page.mouse.move((box?.x ?? 0) + 5, (box?.y ?? 0) + 5)
  await settledPixels(page, 400)
  const before = (await dioramaStats(page))?.frames ?? 0
  await page.mouse.move(p.x, p.y)
  const deadline = Date.now() + 3000
  while (Date.now() < deadline) {
    if (((await dioramaStats(page))?.frames ?? 0) > before) return true
    await page.waitForTimeout(100)
  }
  return false
}

/** A fresh, empty scene on the same base. */
async function emptyScene(page: Page) {
  await page.getByRole('button', { name: 'New', exact: true }).click()
  await expect.poll(() => propCount(page), { timeout: 30_000 }).toBe(0)
}

/** Adds a prop from the palette and puts it at (x, 0, z) through the inspector. */
async function place(page: Page, family: string, x: number, z: number) {
  const before = await propCount(page)
  await page.getByRole('button', { name: `Add ${family}`, exact: true }).click()
  await expect.poll(() => propCount(page)).toBe(before + 1)
  await typeInto(page, 'Position X', String(x))
  await typeInto(page, 'Position Z', String(z))
  await expect.poll(() => fieldValue(page, 'Position Z')).toBe(z)
}

it('box-selects three drums, drags them as one without a React render per move, and undoes it in one step', async () => {
  const app = await openEditor('/', { initScript: REACT_COMMIT_COUNTER })
  const { page } = app
  try {
    // The demo's three standing drums (70, -60), (90, -55), (80, -38): a box round their middles (12 mm up).
    const middles = await Promise.all(
      [
        [70, -60],
        [90, -55],
        [80, -38],
      ].map(([x, z]) => toScreen(page, x ?? 0, 12, z ?? 0)),
    )
    const left = Math.min(...middles.map((p) => p.x)) - 20
    const right = Math.max(...middles.map((p) => p.x)) + 20
    const top = Math.min(...middles.map((p) => p.y)) - 20
    const bottom = Math.max(...middles.map((p) => p.y)) + 20
    await page.keyboard.down('Shift')
    await page.mouse.move(left, top)
    await page.mouse.down()
    await page.mouse.move((left + right) / 2, (top + bottom) / 2, { steps: 4 })
    await page.mouse.move(right, bottom, { steps: 4 })
    await page.mouse.up()
    await page.keyboard.up('Shift')
    const selected = outliner(page).getByRole('button', { pressed: true })
    await expect.poll(() => selected.count()).toBe(3)
    expect(await outliner(page).getByRole('button', { name: 'Drum', pressed: true }).count()).toBe(3)

    await settledPixels(page) // the gizmo loads on the first selection
    // Several props turn and move about the middle of their footprint, on their lowest point.
    const r = 8.15 // the drum's radius, in the demo's 1:35
    const grip = await gizmoArrow(page, { x: (70 - r + 90 + r) / 2, y: 0, z: (-60 - r + -38 + r) / 2 })
    const before = await commits(page)
    await dragAlong(page, grip, 60, 2)
    const readout = page.getByRole('status', { name: 'Dragging' })
    await expect.poll(() => readout.textContent(), { timeout: 20_000 }).toMatch(/^3 props, .* · moved X \+\d/)
    const during = await commits(page)
    expect(grew(during, before, R3F)).toBe(0)
    expect(grew(during, before, DOM)).toBe(0)
    await page.mouse.up()
    await expect.poll(() => readout.count()).toBe(0)
    await expect.poll(async () => grew(await commits(page), during, R3F), { timeout: 20_000 }).toBe(1)
    await settledPixels(page)
    expect(grew(await commits(page), during, R3F)).toBe(1)

    const moved = [
      await fieldOf(page, 'Drum', 0, 'Position X'),
      await fieldOf(page, 'Drum', 1, 'Position X'),
      await fieldOf(page, 'Drum', 2, 'Position X'),
    ]
    const dx = (moved[0] ?? 0) - 70
    expect(dx).toBeGreaterThan(5)
    expect(Number.isInteger(dx)).toBe(true)
    expect(moved).toEqual([70 + dx, 90 + dx, 80 + dx])
    expect(await fieldOf(page, 'Drum', 2, 'Position Z')).toBe(-38)

    await page.getByRole('button', { name: 'Undo' }).click()
    await drumRow(page, 0).click()
    await expect.poll(() => fieldValue(page, 'Position X')).toBe(70)
    expect(await fieldOf(page, 'Drum', 1, 'Position X')).toBe(90)
    expect(await fieldOf(page, 'Drum', 2, 'Position X')).toBe(80)
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})

it('stacks a drum on a pallet by dragging it over, and moves it freely with Alt held', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    await emptyScene(page)
    await place(page, 'Pallet', 40, 0)
    await place(page, 'Oil drum (205 L)', -10, 0)
    expect(await fieldValue(page, 'Position Y (up)')).toBe(0)
    await settledPixels(page)

    // Drag the drum 50 mm along X, over the pallet: it climbs onto the pallet's deck as it goes.
    const from = await toScreen(page, -10, 0, 0)
    const to = await toScreen(page, 40, 0, 0)
    const grip = await gizmoArrow(page, { x: -10, y: 0, z: 0 })
    const stepPx = Math.hypot(to.x - from.x, to.y - from.y) / 25
    await dragAlong(page, grip, 25, stepPx)
    await page.mouse.up()
    await expect.poll(() => fieldValue(page, 'Position Y (up)'), { timeout: 20_000 }).toBe(4)
    const x = await fieldValue(page, 'Position X')
    expect(Math.abs(x - 40)).toBeLessThan(8)
    expect(Number.isInteger(x)).toBe(true)

    // Alt held: off the grid, and no resting (the drum keeps its height above the base).
    await settledPixels(page)
    const free = await gizmoArrow(page, { x, y: 4, z: 0 })
    await page.keyboard.down('Alt')
    await dragAlong(page, free, 10, 1.7)
    await page.mouse.up()
    await page.keyboard.up('Alt')
    await expect.poll(() => fieldValue(page, 'Position X'), { timeout: 20_000 }).not.toBe(x)
    expect(Number.isInteger(await fieldValue(page, 'Position X'))).toBe(false)
    expect(await fieldValue(page, 'Position Y (up)')).toBe(4)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})

it('measures an 80 mm strip from corner to corner with the tape, snapping to the corners', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    await emptyScene(page)
    await place(page, 'Balsa strip / beam', 0, 0)
    await typeInto(page, 'Length', '80')
    await expect.poll(() => fieldValue(page, 'Length')).toBe(80)
    await page.keyboard.press('f') // frame the strip
    await settledPixels(page)
    await page.getByRole('button', { name: 'Measure', exact: true }).click()
    const panel = page.getByRole('region', { name: 'Measure' })
    await expect
      .poll(() => panel.getByText('Click two points in the 3D view', { exact: false }).count())
      .toBe(1)

    // Near (not on) the top front corners of the 80 x 3 x 6 mm strip: the tape snaps onto them.
    const a = await toScreen(page, -40, 3, 3)
    const b = await toScreen(page, 40, 3, 3)
    await page.mouse.click(a.x + 3, a.y - 2)
    await expect.poll(() => panel.getByText('Click the second point.').count()).toBe(1)
    await page.mouse.click(b.x - 3, b.y - 2)
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('80 mm')
    const along = panel.locator('dl')
    expect(await along.textContent()).toContain('Along X80 mm')
    expect(await along.textContent()).toContain('Along Y0 mm')
    // The selection stays: clicks with the tape out measure, they do not select.
    expect(await outliner(page).getByRole('button', { pressed: true }).count()).toBe(1)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})

it('turns a crate with the gizmo ring (E) by whole angle steps from where it stood, undone in one step', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    await outliner(page).getByRole('button', { name: 'Crate', exact: true }).click()
    expect(await fieldValue(page, 'Rotation Y (up)')).toBe(8) // the demo's crate stands a little turned
    await page.keyboard.press('e')
    await expect.poll(() => page.getByRole('button', { name: 'Turn gizmo', pressed: true }).count()).toBe(1)
    await settledPixels(page)
    // Find the ring about the vertical on its +X side: three's gizmo keeps its size on screen, so look out
    // from the crate's origin along +X until the ring lights up under the pointer (a frame is drawn).
    const c = { x: -100, y: 1.5, z: -10 }
    const unit = await gizmoUnit(page, c)
    let radius = 0
    for (const r of [0.5, 0.58, 0.66, 0.74, 0.82]) {
      if (await lightsUp(page, await toScreen(page, c.x + r * unit, c.y, c.z))) {
        radius = r * unit
        break
      }
    }
    expect(radius).toBeGreaterThan(0)
    // Pull along the ring's tangent there (+Z).
    const start = await toScreen(page, c.x + radius, c.y, c.z)
    const ahead = await toScreen(page, c.x + radius, c.y, c.z + 0.5 * radius)
    const len = Math.hypot(ahead.x - start.x, ahead.y - start.y)
    await dragAlong(
      page,
      { start, along: { x: (ahead.x - start.x) / len, y: (ahead.y - start.y) / len } },
      15,
      5,
    )
    await expect
      .poll(() => page.getByRole('status', { name: 'Dragging' }).textContent(), { timeout: 20_000 })
      .toMatch(/turned [+−]\d+°/)
    await page.mouse.up()
    await expect.poll(() => fieldValue(page, 'Rotation Y (up)'), { timeout: 20_000 }).not.toBe(8)
    const turned = (await fieldValue(page, 'Rotation Y (up)')) - 8
    expect(Math.abs(turned % 15)).toBe(0)
    expect(turned).not.toBe(0)
    expect(await fieldValue(page, 'Position X')).toBe(-100)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => fieldValue(page, 'Rotation Y (up)')).toBe(8)
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.close()
  }
})
