/**
 * The app built with `--mode test` into a private directory and served on its own port. Test builds hold
 * test-only hooks (the crash switch of src/app/TestCrash.tsx) that production builds leave out.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { ROOT, startPreview, type PreviewHandle } from './server'

export async function startTestBuild(): Promise<PreviewHandle> {
  const outDir = await mkdtemp(join(tmpdir(), 'diorama-test-build-'))
  await build({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    mode: 'test',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  })
  const server = await startPreview(outDir)
  return {
    url: server.url,
    close: async () => {
      await server.close()
      await rm(outDir, { recursive: true, force: true })
    },
  }
}
