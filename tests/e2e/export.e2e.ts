/** Export, end to end: a GLB that passes the Khronos validator and an STL a slicer accepts (closed). */
import { readFile } from 'node:fs/promises'
import validator from 'gltf-validator'
import type { Page } from 'playwright-core'
import { afterAll, expect, it } from 'vitest'
import { openEdgeCount } from '../../src/export/meshClosure'
import { stlTriangles } from '../../src/export/exportStl'
import { closeBrowser } from './harness'
import { openEditor, outliner } from './editor'

afterAll(closeBrowser)

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ])
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) }
}

it('exports the scene as a valid GLB, and the selected drum as a closed STL in millimetres', async () => {
  const app = await openEditor()
  const { page } = app
  try {
    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await expect.poll(() => dialog.count()).toBe(1)
    expect(await dialog.getByRole('button', { name: 'GLB of the selection' }).isDisabled()).toBe(true)
    const glb = await download(page, 'GLB of the whole scene')
    expect(glb.name).toMatch(/\.glb$/)
    expect(glb.bytes.subarray(0, 4).toString('latin1')).toBe('glTF')
    const report = await validator.validateBytes(new Uint8Array(glb.bytes))
    expect(report.issues.numErrors, JSON.stringify(report.issues.messages.slice(0, 3))).toBe(0)
    await dialog.getByRole('button', { name: 'Close' }).click()

    await outliner(page).getByRole('button', { name: 'Fallen drum' }).click()
    await page.getByRole('button', { name: 'Export…' }).click()
    await expect.poll(() => page.getByText('The 1 selected props.').count()).toBe(1)
    const stl = await download(page, 'STL for printing')
    expect(stl.name).toMatch(/-selection\.stl$/)
    const buffer = stl.bytes.buffer.slice(stl.bytes.byteOffset, stl.bytes.byteOffset + stl.bytes.byteLength)
    const triangles = stlTriangles(buffer)
    expect(stl.bytes.byteLength).toBe(84 + (triangles.length / 9) * 50)
    expect(triangles.length).toBeGreaterThan(0)
    // Closed: every edge of the drum's shells is shared by exactly two triangles.
    expect(openEdgeCount(triangles)).toBe(0)
    // Millimetres: a 1:35 oil drum is about 16 mm across, not 0.016 (metres) or 16,000.
    const xs = triangles.filter((_, i) => i % 3 === 0)
    const ys = triangles.filter((_, i) => i % 3 === 1)
    const zs = triangles.filter((_, i) => i % 3 === 2)
    const spans = [xs, ys, zs].map((v) => Math.max(...v) - Math.min(...v)).sort((a, b) => a - b)
    expect(spans[2]).toBeGreaterThan(15)
    expect(spans[2]).toBeLessThan(30)
    expect(app.consoleErrors).toEqual([])
    expect(app.externalRequests).toEqual([])
  } finally {
    await app.close()
  }
})
