/**
 * Sessions that watch what the page must never do: break its Content-Security-Policy (every
 * `securitypolicyviolation` event, in every page of the context, from the first script on) or run script
 * smuggled in as data (anything that calls `window.__pwned`).
 */
import type { Page } from 'playwright-core'
import { newSession, type AppSession, type SessionOptions } from './harness'

const WATCH = `(() => {
  window.__cspViolations = []
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + e.sourceFile + ':' + e.lineNumber)
  })
  window.__pwnedBy = []
  window.__pwned = (by) => window.__pwnedBy.push(String(by))
})()`

export async function baseUrlOf(options: SessionOptions): Promise<string> {
  if (options.baseUrl) return options.baseUrl
  const { inject } = await import('vitest')
  const baseUrl = inject('baseUrl')
  if (!baseUrl) throw new Error('dist/ is missing: run "npx vite build" first')
  return baseUrl
}

/** Like openApp, with the watch installed in every page of the context before any of the app's scripts. */
export async function openWatched(path = '/', options: SessionOptions = {}): Promise<AppSession> {
  const baseUrl = await baseUrlOf(options)
  const session = await newSession(baseUrl, options)
  await session.context.addInitScript(WATCH)
  try {
    await session.page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' })
  } catch (error) {
    await session.close()
    throw error
  }
  return session
}

export const cspViolations = (page: Page) => page.evaluate<string[]>('window.__cspViolations ?? ["no watch"]')
export const pwnedBy = (page: Page) => page.evaluate<string[]>('window.__pwnedBy ?? ["no watch"]')
