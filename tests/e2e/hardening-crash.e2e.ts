/**
 * A failing part never takes the scene with it: the recovery screen offers the scene as a file and a reload,
 * and the autosaved scene is intact. Parts are made to fail by the crash switch of a test build.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { closeBrowser, waitForLoaded } from './harness'
import { propCount } from './editor'
import { openWatched } from './guards'
import { ROOT, type PreviewHandle } from './server'
import { readAllStored, storedSceneText } from './storage'
import { startTestBuild } from './testBuild'

let testBuild: PreviewHandle | undefined

beforeAll(async () => {
  testBuild = await startTestBuild()
}, 300_000)

afterAll(async () => {
  await closeBrowser()
  await testBuild?.close()
})

const crash = (page: Page, label: string) =>
  page.evaluate(
    `window.dispatchEvent(new CustomEvent('diorama:test-crash', { detail: ${JSON.stringify(label)} }))`,
  )

/** Props in the scene saved as the open one, or -1 when there is none. */
async function storedPropCount(page: Page): Promise<number> {
  const stored = await readAllStored(page)
  const text = storedSceneText(stored, String(stored['scenes:current']))
  return typeof text === 'string' ? (JSON.parse(text) as { props: unknown[] }).props.length : -1
}

async function add(page: Page, family: string, expected: number): Promise<void> {
  await page.getByRole('button', { name: `Add ${family}`, exact: true }).click()
  await expect.poll(() => propCount(page)).toBe(expected)
  await expect.poll(() => storedPropCount(page), { timeout: 10_000 }).toBe(expected)
}

async function downloadedPropCount(page: Page, recovery: ReturnType<Page['getByRole']>): Promise<number> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    recovery.getByRole('button', { name: 'Download my scene' }).click(),
  ])
  expect(file.suggestedFilename()).toMatch(/\.diorama\.json$/)
  const scene = JSON.parse(readFileSync((await file.path()) as string, 'utf8')) as { props: unknown[] }
  return scene.props.length
}

it('leaves the crash switch out of the production build', () => {
  const assets = join(ROOT, 'dist', 'assets')
  const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'))
  expect(scripts.length).toBeGreaterThan(0)
  for (const file of scripts)
    expect(readFileSync(join(assets, file), 'utf8')).not.toContain('diorama:test-crash')
})

it('recovers from a failing panel, 3D view or editor with the scene safe, downloadable and reloaded', async () => {
  const app = await openWatched('/', { baseUrl: testBuild?.url })
  const { page } = app
  try {
    await waitForLoaded(page)
    await add(page, 'Crate', 17)

    // A panel fails: it says so in place, and the rest of the editor carries on (and keeps saving).
    for (const label of ['inspector', 'outliner', 'palette', '3D view']) {
      await crash(page, label)
      const recovery = page.getByRole('alert').filter({ hasText: `The ${label} stopped working` })
      await expect.poll(() => recovery.count()).toBe(1)
      await expect.poll(() => recovery.getByRole('button', { name: 'Reload' }).count()).toBe(1)
      expect(await downloadedPropCount(page, recovery)).toBe(17)
      if (label === 'outliner') await recovery.getByRole('button', { name: 'Try again' }).click()
    }
    expect(await page.locator('canvas').count()).toBe(0)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => storedPropCount(page), { timeout: 10_000 }).toBe(16)

    // The whole editor fails: one recovery screen, the scene still downloadable and saved.
    await crash(page, 'editor')
    const recovery = page.getByRole('alert').filter({ hasText: 'The editor stopped working' })
    await expect.poll(() => recovery.count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(0)
    expect(await downloadedPropCount(page, recovery)).toBe(16)
    expect(await storedPropCount(page)).toBe(16)

    await recovery.getByRole('button', { name: 'Reload' }).click()
    await waitForLoaded(page)
    expect(await propCount(page)).toBe(16)
    expect(await page.getByRole('alert').count()).toBe(0)
    // React reports each caught error; nothing else may have gone wrong.
    expect(app.consoleErrors.filter((e) => !e.includes('test crash'))).toEqual([])
    expect(app.externalRequests).toEqual([])
  } finally {
    await app.close()
  }
})
