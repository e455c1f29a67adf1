import { defineConfig } from 'vitest/config'

// End-to-end tests: the built app (dist/) in the system Chromium with software WebGL2. `npm run e2e` builds
// first. One test file at a time, so a single browser renders and timings stay sane on 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
})
