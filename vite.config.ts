import { defineConfig } from 'vitest/config'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'

/**
 * What the built page may do: run only its own scripts (no inline script, no eval), talk to no origin but its
 * own, start its own workers (the texture painter, the packer, the service worker), and show data:/blob:
 * images (scene thumbnails, a reference photo). blob: and data: are in memory, never the network: three's
 * GLTFLoader fetches the textures inside an imported model from them. Downloads are blob: links, which CSP
 * does not govern. Text from links and files can never become script: there is nowhere it could run.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob: data:",
  "worker-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** The policy as a meta tag in the built index.html only: the dev server's hot reload needs inline script. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'diorama:content-security-policy',
  apply: 'build',
  transformIndexHtml(html) {
    const charset = '<meta charset="UTF-8" />'
    if (!html.includes(charset)) throw new Error(`index.html has no ${charset} to put the policy after`)
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`
    return html.replace(charset, `${charset}\n    ${meta}`)
  },
})

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // Works at the workbench with no network: every built file (lazy chunks and workers too) is precached on
    // the first visit. A new version waits until every tab of the old one is closed: no swap mid-session.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Diorama Builder',
        short_name: 'Diorama',
        description: 'Sketch miniature dioramas in 3D at true scale before you cut balsa, foil and metal.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#1d2023',
        theme_color: '#1d2023',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
        // The main chunk (three and React) is over workbox's 2 MiB default when unminified builds are made.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // The first visit is served by the network; from then on the worker controls the tab at once.
        clientsClaim: true,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
      'tests/viewport/**/*.test.ts',
      'tests/app/**/*.test.ts',
    ],
    environment: 'node',
  },
})
