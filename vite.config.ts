import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    // three + R3F + drei alone are ~320 KB gzip; the warning limit is for the raw size.
    chunkSizeWarningLimit: 1400,
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    include: [
      'tests/domain/**/*.test.ts',
      'tests/store/**/*.test.ts',
      'tests/tools/**/*.test.ts',
      'tests/ui/**/*.test.ts',
      'tests/ui/**/*.test.tsx',
      'tests/export/**/*.test.ts',
    ],
    environment: 'node',
  },
})
