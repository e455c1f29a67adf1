/**
 * Startup benchmark: what a newcomer pays before the demo scene appears, and whether the app then rests.
 *
 * Always makes a fresh production build (so figures never come from a stale dist/), into a private directory
 * (node_modules/.cache/diorama-bench/dist) so it never disturbs dist/ used by e2e or `npm start`. It serves
 * that build with `vite preview` on 127.0.0.1 and loads `/` (the demo scene on a fresh profile) in headless
 * Chromium with software WebGL2.
 *
 * - initial JS: the entry <script type=module> plus <link rel=modulepreload> files of index.html, gzip -9
 *   each, summed. kB = 1000 bytes, as vite prints. Lazily loaded chunks are listed, not counted.
 * - first frame: window.__dioramaStats.firstFrameMs (performance.now(), i.e. from navigation start) over 5
 *   loads, each in a fresh browser context (empty cache and storage); median, min, max.
 *   pageAnswersMs: when the page first answers an evaluate after that frame (its main thread was busy until
 *   then).
 * - idle frames: another fresh load; once loaded (first frame drawn and every worker-painted texture arrived,
 *   loadedAtMs) wait 1 s to settle, then count the frames rendered during 3 s without input. Then keep watching until no frame comes for 3 s (at most until 30 s
 *   after navigation): lastFrameBeforeMs says when rendering really stopped, totalFrames how many it took.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import { build } from 'vite'
import { dioramaStats, launchBrowser, openApp, waitForFirstFrame, waitForLoaded } from '../tests/e2e/harness'
import { ROOT, startPreview } from '../tests/e2e/server'
import { median, round, type Figures, type Target } from './lib/benchmark'

export const name = 'startup'

export const targets: Record<string, Target> = {
  initialJsGzipKB: { max: 350 },
  firstFrameMsMedian: { max: 2000 },
  idleFramesIn3s: { max: 0 },
}

const OUT_DIR = resolve(ROOT, 'node_modules/.cache/diorama-bench/dist')
const LOADS = 5
const SETTLE_MS = 1000
const IDLE_MS = 3000
const QUIET_MS = 3000
const QUIET_LIMIT_MS = 30_000

const kB = (bytes: number): number => round(bytes / 1000, 1)
const gzipSize = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length

interface InitialAssets {
  js: string[]
  css: string[]
}

function attribute(tag: string, attr: string): string | null {
  const match = new RegExp(`\\s${attr}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null
}

/** Files index.html makes the browser fetch up front, as paths relative to outDir. */
export function initialAssets(html: string): InitialAssets {
  const local = (url: string): string => url.replace(/^\.?\//, '').split(/[?#]/)[0] ?? url
  const js = new Set<string>()
  const css = new Set<string>()
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attribute(tag, 'src')
    if (src && attribute(tag, 'type') === 'module' && !/^[a-z]+:/i.test(src)) js.add(local(src))
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const href = attribute(tag, 'href')
    const rel = attribute(tag, 'rel')?.toLowerCase()
    if (!href || /^[a-z]+:/i.test(href)) continue
    if (rel === 'modulepreload') js.add(local(href))
    if (rel === 'stylesheet') css.add(local(href))
  }
  return { js: [...js], css: [...css] }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

export function measureBundle(outDir: string): Figures {
  const { js, css } = initialAssets(readFileSync(join(outDir, 'index.html'), 'utf8'))
  if (js.length === 0) throw new Error('no <script type=module src> in index.html')
  const initialJs = js.map((file) => join(outDir, file))
  const raw = initialJs.reduce((sum, file) => sum + statSync(file).size, 0)
  const gzip = initialJs.reduce((sum, file) => sum + gzipSize(file), 0)
  const cssGzip = css.reduce((sum, file) => sum + gzipSize(join(outDir, file)), 0)
  const lazy = filesUnder(outDir)
    .filter((file) => file.endsWith('.js') && !initialJs.includes(file))
    .map((file) => ({ file: relative(outDir, file), gzip: gzipSize(file) }))
    .sort((a, b) => b.gzip - a.gzip)
  return {
    initialJsGzipKB: kB(gzip),
    initialJsRawKB: kB(raw),
    initialJsFiles: js.join(', '),
    initialCssGzipKB: kB(cssGzip),
    lazyJsGzipKB: kB(lazy.reduce((sum, chunk) => sum + chunk.gzip, 0)),
    lazyChunks: lazy.length
      ? lazy.map((chunk) => `${chunk.file} (${kB(chunk.gzip)} kB gz)`).join(', ')
      : 'none',
  }
}

interface LoadProblems {
  consoleErrors: string[]
  externalRequests: string[]
}

async function firstFrames(browser: Browser, baseUrl: string, problems: LoadProblems): Promise<Figures> {
  const times: number[] = []
  const answered: number[] = []
  for (let i = 0; i < LOADS; i++) {
    const app = await openApp('/', { baseUrl, browser })
    try {
      const stats = await waitForFirstFrame(app.page)
      if (stats.firstFrameMs === null) throw new Error('frames > 0 but firstFrameMs is null')
      times.push(stats.firstFrameMs)
      // The page answers only when its main thread is free: a late answer means work blocked it after frame 1.
      answered.push(await app.page.evaluate<number>('performance.now()'))
      problems.consoleErrors.push(...app.consoleErrors)
      problems.externalRequests.push(...app.externalRequests)
    } finally {
      await app.close()
    }
  }
  return {
    firstFrameMsMedian: Math.round(median(times)),
    firstFrameMsMin: Math.round(Math.min(...times)),
    firstFrameMsMax: Math.round(Math.max(...times)),
    firstFrameMsRuns: times.map((t) => Math.round(t)).join(', '),
    pageAnswersMsMedian: Math.round(median(answered)),
  }
}

/**
 * Keeps sampling the frame count until it has not changed for QUIET_MS (or QUIET_LIMIT_MS since navigation);
 * lastFrameBeforeMs is the performance.now() of the first sample that saw the final count: the app's last
 * frame came before it. 'never' if it did not go quiet.
 */
async function quietSince(
  page: Page,
  frames: number,
): Promise<{ lastFrameBeforeMs: number | string; frames: number }> {
  let count = frames
  let changedAt = await page.evaluate<number>('performance.now()')
  for (;;) {
    const now = await page.evaluate<number>('performance.now()')
    const stats = await dioramaStats(page)
    if (!stats) throw new Error('window.__dioramaStats is missing')
    if (stats.frames !== count) {
      count = stats.frames
      changedAt = now
    }
    if (now - changedAt >= QUIET_MS) return { lastFrameBeforeMs: Math.round(changedAt), frames: count }
    if (now >= QUIET_LIMIT_MS) return { lastFrameBeforeMs: 'never', frames: count }
    await page.waitForTimeout(250)
  }
}

async function idleFrames(browser: Browser, baseUrl: string, problems: LoadProblems): Promise<Figures> {
  const app = await openApp('/', { baseUrl, browser })
  try {
    await waitForLoaded(app.page)
    const loadedAtMs = await app.page.evaluate<number>('performance.now()')
    // Fixed measurement windows, by design: this measures what happens while nothing happens.
    await app.page.waitForTimeout(SETTLE_MS)
    const before = await dioramaStats(app.page)
    await app.page.waitForTimeout(IDLE_MS)
    const after = await dioramaStats(app.page)
    if (!before || !after) throw new Error('window.__dioramaStats is missing')
    const quiet = await quietSince(app.page, after.frames)
    problems.consoleErrors.push(...app.consoleErrors)
    problems.externalRequests.push(...app.externalRequests)
    return {
      loadedAtMs: Math.round(loadedAtMs),
      framesAfterSettling: before.frames,
      idleFramesIn3s: after.frames - before.frames,
      lastFrameBeforeMs: quiet.lastFrameBeforeMs,
      totalFrames: quiet.frames,
    }
  } finally {
    await app.close()
  }
}

export async function run(): Promise<Figures> {
  console.log(`building into ${relative(ROOT, OUT_DIR)} ...`)
  await build({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: OUT_DIR, emptyOutDir: true },
  })
  const bundle = measureBundle(OUT_DIR)
  const server = await startPreview(OUT_DIR)
  const browser = await launchBrowser()
  try {
    const problems: LoadProblems = { consoleErrors: [], externalRequests: [] }
    const frames = await firstFrames(browser, server.url, problems)
    const idle = await idleFrames(browser, server.url, problems)
    return {
      ...bundle,
      ...frames,
      ...idle,
      consoleErrors: problems.consoleErrors.length,
      externalRequests: problems.externalRequests.length,
      ...(problems.consoleErrors[0] ? { firstConsoleError: problems.consoleErrors[0].slice(0, 200) } : {}),
      ...(problems.externalRequests[0] ? { firstExternalRequest: problems.externalRequests[0] } : {}),
      chromium: browser.version(),
    }
  } finally {
    await browser.close()
    await server.close()
  }
}
