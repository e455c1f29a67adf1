/** Serves a built app (dist/ by default) with `vite preview` on a free 127.0.0.1 port. */
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { preview } from 'vite'

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))

export interface PreviewHandle {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string
  close(): Promise<void>
}

export function hasBuild(outDir = resolve(ROOT, 'dist')): boolean {
  return existsSync(resolve(outDir, 'index.html'))
}

export async function startPreview(outDir = resolve(ROOT, 'dist')): Promise<PreviewHandle> {
  const server = await preview({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  })
  const address = server.httpServer.address() as AddressInfo | string | null
  if (!address || typeof address === 'string') {
    await server.close()
    throw new Error('vite preview is not listening on a TCP port')
  }
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() }
}
