/**
 * Starts `vite preview` on dist/ (built by `npm run e2e` before vitest runs) and hands its URL to the tests:
 * `inject('baseUrl')`, or simply `openApp()` from ./harness. Without dist/ the URL is null: the harness
 * self-test still runs, and app tests fail with a message saying to build.
 */
import type { TestProject } from 'vitest/node'
import { hasBuild, startPreview } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string | null
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!hasBuild()) {
    console.warn('[e2e] dist/index.html not found: app tests will fail; run "npm run e2e" to build first.')
    project.provide('baseUrl', null)
    return async () => {}
  }
  const server = await startPreview()
  project.provide('baseUrl', server.url)
  return () => server.close()
}
