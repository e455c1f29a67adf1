/**
 * Browser harness shared by the e2e tests (vitest) and the benchmarks (tsx). It drives the system Chromium
 * through playwright-core (never a downloaded browser) with software WebGL2 (SwiftShader), so rendering runs
 * at 5-30 fps: wait by polling with generous timeouts, never by sleeping.
 *
 * Nothing here imports vitest statically, so bench/ can use it outside a test run.
 */
import { accessSync, constants } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { PNG } from 'pngjs'

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

/** Generous defaults for a software-rendered browser on a small machine. */
export const FIRST_FRAME_TIMEOUT_MS = 60_000
const NAVIGATION_TIMEOUT_MS = 60_000

/** $CHROMIUM_PATH, else the Debian/Ubuntu locations (scripts/ensure-chromium.mjs installs it if missing). */
export function chromiumPath(): string {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : CHROMIUM_CANDIDATES
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK)
      return path
    } catch {
      // try the next one
    }
  }
  throw new Error(
    `Chromium not found (tried ${candidates.join(', ')}): run "node scripts/ensure-chromium.mjs"`,
  )
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] })
}

let sharedBrowser: Promise<Browser> | null = null

/** One browser per test file (or bench process), launched on first use. */
export function sharedBrowserInstance(): Promise<Browser> {
  sharedBrowser ??= launchBrowser()
  return sharedBrowser
}

/** Call from afterAll: closes the browser openApp launched, if any. */
export async function closeBrowser(): Promise<void> {
  const browser = sharedBrowser
  sharedBrowser = null
  if (browser) await (await browser).close()
}

export interface AppSession {
  page: Page
  context: BrowserContext
  /** console.error messages and uncaught page errors, in order. */
  consoleErrors: string[]
  /** Every request that left the app's origin (data: and blob: URLs are not counted). */
  externalRequests: string[]
  close(): Promise<void>
}

export interface SessionOptions {
  /** Origin the app is served from, e.g. http://127.0.0.1:4173. In vitest it defaults to inject('baseUrl'). */
  baseUrl?: string
  browser?: Browser
  viewport?: { width: number; height: number }
  /** A touch screen (a tablet): touch events on, as a browser on one reports them. */
  hasTouch?: boolean
  /** A script run in every page of the session before the app's own (see REACT_COMMIT_COUNTER). */
  initScript?: string
}

/**
 * A stand-in for the React DevTools hook, installed before the app loads: counts the commits of every React
 * root, in total (`__reactCommits`) and by renderer (`__reactCommitsBy['react-dom']`, `['@react-three/fiber']`
 * for the 3D view's), without touching the app.
 */
export const REACT_COMMIT_COUNTER = `(() => {
  let id = 0
  const names = new Map()
  window.__reactCommits = 0
  window.__reactCommitsBy = {}
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      this.renderers.set(++id, renderer)
      names.set(id, renderer.rendererPackageName || 'unknown')
      return id
    },
    onCommitFiberRoot(rendererId) {
      window.__reactCommits++
      const name = names.get(rendererId) || 'unknown'
      window.__reactCommitsBy[name] = (window.__reactCommitsBy[name] || 0) + 1
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  }
})()`

/** A fresh context + page with error and request collection, not yet navigated. */
export async function newSession(baseUrl: string, options: SessionOptions = {}): Promise<AppSession> {
  const browser = options.browser ?? (await sharedBrowserInstance())
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    hasTouch: options.hasTouch ?? false,
  })
  if (options.initScript) await context.addInitScript(options.initScript)
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS)
  const page = await context.newPage()
  const origin = new URL(baseUrl).origin
  const consoleErrors: string[] = []
  const externalRequests: string[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = message.text()
    // "Failed to load resource: ... 404" does not say which resource; the location does.
    const url = message.location().url
    consoleErrors.push(text.startsWith('Failed to load resource') && url ? `${text} (${url})` : text)
  })
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`))
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol === 'data:' || url.protocol === 'blob:') return
    if (url.origin !== origin) externalRequests.push(request.url())
  })
  return { page, context, consoleErrors, externalRequests, close: () => context.close() }
}

async function defaultBaseUrl(): Promise<string> {
  // Only reachable inside vitest (tests/e2e/globalSetup.ts provides it); bench passes baseUrl explicitly.
  const { inject } = await import('vitest')
  const baseUrl = inject('baseUrl')
  if (!baseUrl)
    throw new Error('dist/ is missing, so there is no app to open: run "npm run e2e" (it builds first)')
  return baseUrl
}

/** Opens the built app at `path` in a fresh context and waits for the DOM to load (not for WebGL). */
export async function openApp(path = '/', options: SessionOptions = {}): Promise<AppSession> {
  const baseUrl = options.baseUrl ?? (await defaultBaseUrl())
  const session = await newSession(baseUrl, options)
  try {
    await session.page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' })
  } catch (error) {
    await session.close()
    throw error
  }
  return session
}

/** What the app exposes on window for tests and benchmarks. */
export interface DioramaStats {
  /** Rendered three.js frames so far. */
  frames: number
  /** performance.now() (navigation start based) at the first rendered frame. */
  firstFrameMs: number | null
  /** Textures still being painted in the worker; 0 once the scene is fully loaded. */
  pendingTextures: number
}

export async function dioramaStats(page: Page): Promise<DioramaStats | null> {
  // A string expression, so transpiler helpers (tsx keepNames) never end up in the page.
  return page.evaluate<DioramaStats | null>(
    'window.__dioramaStats ? { frames: window.__dioramaStats.frames, firstFrameMs: window.__dioramaStats.firstFrameMs, pendingTextures: window.__dioramaStats.pendingTextures } : null',
  )
}

/**
 * Polls a page expression until it is true. Not page.waitForFunction: that compiles its predicate with eval
 * inside the page, which the app's Content-Security-Policy refuses; page.evaluate runs through the DevTools
 * protocol, outside the page's policy.
 */
export async function waitForTrue(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await evaluateAcrossReloads(page, `Boolean(${expression})`))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`)
    await page.waitForTimeout(100)
  }
}

/**
 * Evaluates an expression; a page that is navigating (the viewer's "Edit a copy" reloads) answers false
 * instead of failing, so the next poll asks the new document.
 */
async function evaluateAcrossReloads(page: Page, expression: string): Promise<boolean> {
  try {
    return await page.evaluate<boolean>(expression)
  } catch (error) {
    if (/Execution context was destroyed|Cannot find context|navigat/i.test(String(error))) return false
    throw error
  }
}

/** Polls until the app has rendered at least one frame; returns the stats at that point. */
export async function waitForFirstFrame(
  page: Page,
  timeoutMs = FIRST_FRAME_TIMEOUT_MS,
): Promise<DioramaStats> {
  await waitForTrue(page, '(window.__dioramaStats?.frames ?? 0) > 0', timeoutMs)
  const stats = await dioramaStats(page)
  if (!stats) throw new Error('window.__dioramaStats disappeared after the first frame')
  return stats
}

/** Polls until the first frame is drawn and every texture has arrived: the app is loaded and should rest. */
export async function waitForLoaded(page: Page, timeoutMs = FIRST_FRAME_TIMEOUT_MS): Promise<DioramaStats> {
  await waitForFirstFrame(page, timeoutMs)
  await waitForTrue(page, 'window.__dioramaStats?.pendingTextures === 0', timeoutMs)
  const stats = await dioramaStats(page)
  if (!stats) throw new Error('window.__dioramaStats disappeared')
  return stats
}

export interface Image {
  width: number
  height: number
  /** RGBA, 4 bytes per pixel, row major. */
  data: Uint8Array
}

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** Screenshot of the (first) canvas element, decoded. */
export async function canvasPixels(page: Page, selector = 'canvas'): Promise<Image> {
  const png = await page.locator(selector).first().screenshot({ animations: 'allow', timeout: 30_000 })
  return decodePng(png)
}

export function decodePng(png: Uint8Array): Image {
  const decoded = PNG.sync.read(Buffer.from(png))
  return { width: decoded.width, height: decoded.height, data: new Uint8Array(decoded.data) }
}

export interface PixelStats {
  pixels: number
  /** Mean red, green, blue, 0-255. */
  mean: [number, number, number]
  /** Variance of the luma (0.299 R + 0.587 G + 0.114 B): ~0 for a flat image. */
  variance: number
  distinctColours: number
}

function clip(img: Image, rect?: Rect): Rect {
  const r = rect ?? { x: 0, y: 0, width: img.width, height: img.height }
  const x0 = Math.max(0, Math.floor(r.x))
  const y0 = Math.max(0, Math.floor(r.y))
  const x1 = Math.min(img.width, Math.floor(r.x + r.width))
  const y1 = Math.min(img.height, Math.floor(r.y + r.height))
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) }
}

export function pixelStats(img: Image, rect?: Rect): PixelStats {
  const area = clip(img, rect)
  const colours = new Set<number>()
  let r = 0
  let g = 0
  let b = 0
  let luma = 0
  let lumaSquared = 0
  for (let y = area.y; y < area.y + area.height; y++) {
    for (let x = area.x; x < area.x + area.width; x++) {
      const i = (y * img.width + x) * 4
      const pr = img.data[i] ?? 0
      const pg = img.data[i + 1] ?? 0
      const pb = img.data[i + 2] ?? 0
      r += pr
      g += pg
      b += pb
      const l = 0.299 * pr + 0.587 * pg + 0.114 * pb
      luma += l
      lumaSquared += l * l
      colours.add((pr << 16) | (pg << 8) | pb)
    }
  }
  const n = area.width * area.height
  if (n === 0) return { pixels: 0, mean: [0, 0, 0], variance: 0, distinctColours: 0 }
  const meanLuma = luma / n
  return {
    pixels: n,
    mean: [r / n, g / n, b / n],
    variance: Math.max(0, lumaSquared / n - meanLuma * meanLuma),
    distinctColours: colours.size,
  }
}

/** Pixels whose largest per-channel (RGBA) difference exceeds `threshold` (0-255). */
export function diffCount(a: Image, b: Image, threshold = 0): number {
  if (a.width !== b.width || a.height !== b.height) {
    throw new Error(`diffCount: size mismatch ${a.width}x${a.height} vs ${b.width}x${b.height}`)
  }
  let count = 0
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 4; c++) {
      if (Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)) > threshold) {
        count++
        break
      }
    }
  }
  return count
}

/** True when at least 99% of the pixels have exactly the most common colour (RGBA). */
export function isBlank(img: Image): boolean {
  const total = img.width * img.height
  if (total === 0) return true
  const counts = new Map<number, number>()
  let best = 0
  const view = new DataView(img.data.buffer, img.data.byteOffset, img.data.byteLength)
  for (let i = 0; i + 3 < img.data.length; i += 4) {
    const key = view.getUint32(i)
    const next = (counts.get(key) ?? 0) + 1
    counts.set(key, next)
    if (next > best) best = next
  }
  return best >= total * 0.99
}
