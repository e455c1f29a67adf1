/**
 * Makes the committed pictures of the materials, docs/materials/<material>.png: a few props of each material
 * family (balsa, foil, rusted metal, plaster, plastic) arranged on an empty base and seen close up.
 *
 *   npx tsx scripts/material-shots.ts            all five
 *   npx tsx scripts/material-shots.ts foil rust  only those
 *
 * Uses the editor the way a maker would (palette, inspector fields, Esc, mouse wheel) on a fresh production
 * build made into a private directory (dist/ is left alone), served with `vite preview` and drawn by the system
 * Chromium with software WebGL2, so it takes a minute or two. Normal test runs never touch docs/.
 */
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { build } from 'vite'
import { closeBrowser, openApp, waitForLoaded } from '../tests/e2e/harness'
import { outliner, propCount, settledPixels, typeInto } from '../tests/e2e/editor'
import { ROOT, startPreview } from '../tests/e2e/server'
import { FAMILIES, defaultParams } from '../src/domain/catalog'
import { makeProp } from '../src/domain/scene/addProp'
import { propSize } from '../src/domain/scene/propGeometry'

const OUT_DIR = resolve(ROOT, 'docs/materials')
const BUILD_DIR = resolve(ROOT, 'node_modules/.cache/diorama-shots/dist')
const VIEWPORT = { width: 1600, height: 1000 }
/** Every picture is this size (CSS pixels = image pixels, at device scale 1). */
const SHOT = { width: 960, height: 640 }
/** The props fill at most this share of the picture. */
const FILL = 0.8

interface Placement {
  /** Palette label of the family. */
  label: string
  x: number
  z: number
  /** Up, for a prop standing on another. */
  y?: number
  /** Turn about the vertical, degrees. */
  turn?: number
  /** Inspector fields to set, by label: parameters and surface sliders. */
  fields?: Record<string, string>
  /** Surface sliders, by label, to 0 (Home) or 1 (End). */
  sliders?: Record<string, 'Home' | 'End'>
  painted?: boolean
}

/** What each picture shows: the material on the parts it is typically cut into, at 1:35. */
const SHOTS: Record<string, Placement[]> = {
  balsa: [
    { label: 'Pallet', x: 14, z: 4 },
    { label: 'Crate', x: 14, z: 2, y: 4, turn: 8 },
    { label: 'Table', x: -24, z: -14 },
    { label: 'Open crate', x: -22, z: 16, turn: -25 },
    { label: 'Balsa strip / beam', x: 8, z: 26, turn: 12, fields: { Length: '50' } },
  ],
  foil: [
    { label: 'Crumpled-foil rock', x: -16, z: -4 },
    { label: 'Flat foil sheet', x: 12, z: 16, fields: { Length: '44', Width: '26' }, turn: -12 },
    { label: 'Foil-wrapped duct', x: 22, z: -14 },
  ],
  rust: [
    { label: 'Riveted plate', x: 0, z: 10, sliders: { Rust: 'End' } },
    { label: 'Oil drum (205 L)', x: -14, z: -12 },
    { label: 'Oil drum (205 L)', x: 6, z: -16, painted: true },
    { label: 'Corrugated sheet', x: 38, z: -4, fields: { Length: '30', Width: '40' } },
    { label: 'I-beam', x: -10, z: 28, fields: { Length: '56' }, turn: 0 },
  ],
  plaster: [
    { label: 'Terrain slab', x: 0, z: 6 },
    { label: 'Brick wall', x: 0, z: -20 },
  ],
  plastic: [
    { label: 'Styrene sheet', x: 0, z: 0 },
    { label: 'Styrene tube', x: 0, z: -8, y: 0.5, turn: 10 },
    { label: 'Styrene rod', x: 2, z: 8, y: 0.5, turn: -8, fields: { Length: '56' } },
  ],
}

type Point = { x: number; y: number }
const toScreen = (page: Page, x: number, y: number, z: number) =>
  page.evaluate<Point>(`window.__dioramaProbe.toScreen(${x}, ${y}, ${z})`)

/** The footprint-and-height box of a placed prop, in model mm, for framing (a turn is ignored: margins cover it). */
function boxOf(p: Placement): { min: [number, number, number]; max: [number, number, number] } {
  const family = FAMILIES.find((f) => f.label === p.label)
  if (!family) throw new Error(`no family "${p.label}"`)
  const params: Record<string, number> = defaultParams(family)
  for (const [label, value] of Object.entries(p.fields ?? {})) {
    const name = Object.entries(family.params).find(([, spec]) => spec.label === label)?.[0]
    if (name) params[name] = Number(value)
  }
  const size = propSize(makeProp({ kind: family.kind, params }))
  const y = p.y ?? 0
  const r = Math.hypot(size.x, size.z) / 2
  return { min: [p.x - r, y, p.z - r], max: [p.x + r, y + size.y, p.z + r] }
}

/** The page rectangle the placed props cover now. */
async function screenBounds(page: Page, placements: Placement[]) {
  const xs: number[] = []
  const ys: number[] = []
  for (const p of placements) {
    const { min, max } = boxOf(p)
    for (const x of [min[0], max[0]])
      for (const y of [min[1], max[1]])
        for (const z of [min[2], max[2]]) {
          const s = await toScreen(page, x, y, z)
          xs.push(s.x)
          ys.push(s.y)
        }
  }
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) }
}

async function place(page: Page, p: Placement, index: number): Promise<void> {
  await page.getByRole('button', { name: `Add ${p.label}`, exact: true }).click()
  await waitFor(async () => (await propCount(page)) === index + 1, `${p.label} added`)
  // The new prop is selected: its fields are in the inspector.
  for (const [label, value] of Object.entries(p.fields ?? {})) await typeInto(page, label, value)
  const inspector = page.getByRole('region', { name: 'Inspector' })
  for (const [label, key] of Object.entries(p.sliders ?? {}))
    await inspector.getByRole('slider', { name: label }).press(key)
  if (p.painted) await inspector.getByRole('checkbox', { name: 'Painted' }).check()
  await typeInto(page, 'Position X', String(p.x))
  await typeInto(page, 'Position Z', String(p.z))
  if (p.y !== undefined) await typeInto(page, 'Position Y (up)', String(p.y))
  if (p.turn !== undefined) await typeInto(page, 'Rotation Y (up)', String(p.turn))
  await inspector.getByRole('heading', { name: 'Inspector' }).click()
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

async function shoot(page: Page, material: string, placements: Placement[]): Promise<string> {
  await page.getByRole('button', { name: 'New', exact: true }).click()
  await waitFor(async () => (await propCount(page)) === 0, 'an empty scene')
  for (let i = 0; i < placements.length; i++) await place(page, placements[i] as Placement, i)
  await page.keyboard.press('Escape')
  await waitFor(
    async () => (await outliner(page).getByRole('button', { pressed: true }).count()) === 0,
    'none selected',
  )
  const canvas = await page.locator('canvas').boundingBox()
  if (!canvas) throw new Error('no canvas')
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)

  // Wheel in (out) over the middle of the view until the props fill the picture.
  const fits = async () => {
    const b = await screenBounds(page, placements)
    return Math.max((b.x1 - b.x0) / SHOT.width, (b.y1 - b.y0) / SHOT.height)
  }
  for (let i = 0; i < 80 && (await fits()) > FILL; i++) await page.mouse.wheel(0, 100)
  for (let i = 0; i < 80 && (await fits()) < FILL * 0.95; i++) await page.mouse.wheel(0, -100)
  await settledPixels(page)

  const b = await screenBounds(page, placements)
  const cx = (b.x0 + b.x1) / 2
  const cy = (b.y0 + b.y1) / 2
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi)
  const clip = {
    x: Math.round(clamp(cx - SHOT.width / 2, canvas.x, canvas.x + canvas.width - SHOT.width)),
    y: Math.round(clamp(cy - SHOT.height / 2, canvas.y, canvas.y + canvas.height - SHOT.height)),
    width: SHOT.width,
    height: SHOT.height,
  }
  const path = resolve(OUT_DIR, `${material}.png`)
  await page.screenshot({ path, clip, animations: 'allow' })
  return path
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2)
  for (const name of wanted) if (!(name in SHOTS)) throw new Error(`unknown material "${name}"`)
  const materials = wanted.length > 0 ? wanted : Object.keys(SHOTS)
  await build({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: BUILD_DIR, emptyOutDir: true },
  })
  mkdirSync(OUT_DIR, { recursive: true })
  const server = await startPreview(BUILD_DIR)
  try {
    for (const material of materials) {
      // A fresh page per picture: the camera opens where it always does.
      const app = await openApp('/', { baseUrl: server.url, viewport: VIEWPORT })
      try {
        await waitForLoaded(app.page)
        const path = await shoot(app.page, material, SHOTS[material] ?? [])
        if (app.consoleErrors.length > 0)
          throw new Error(`errors in the page: ${app.consoleErrors.join('; ')}`)
        console.log(`wrote ${path}`)
      } finally {
        await app.close()
      }
    }
  } finally {
    await closeBrowser()
    await server.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
