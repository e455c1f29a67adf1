import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The layers point one way: ui and viewport -> store -> domain. A wrong-way import fails the build, so the
 * document model stays plain TypeScript that every other part (and every test) can use on its own.
 */
const layer = (target, forbidden, why) => ({
  files: [`src/${target}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({
          group: [group.pattern],
          message: `${target}/ ${why}: ${group.message}`,
        })),
      },
    ],
  },
})

const ui = { pattern: '**/ui/**', message: 'ui is a top layer' }
const viewport = { pattern: '**/viewport/**', message: 'viewport is a top layer' }
const store = { pattern: '**/store/**', message: 'store sits above domain' }
const app = { pattern: '**/app/**', message: 'app is the shell that composes everything' }
const libs = [
  'react',
  'react-dom',
  'react-dom/*',
  'three',
  'three/*',
  'zustand',
  'zustand/*',
  '@react-three/*',
  'idb-keyval',
].map((pattern) => ({ pattern, message: 'domain is plain TypeScript' }))

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench/results', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  layer('domain', [...libs, store, ui, viewport, app], 'must not import'),
  layer('store', [ui, viewport, app], 'must not import'),
  layer('ui', [viewport, app], 'must not import'),
  layer('viewport', [ui, app], 'must not import'),
)
