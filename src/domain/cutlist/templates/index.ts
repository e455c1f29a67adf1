/**
 * 1:1 cutting templates: the pure layout and its types. The PDF writer (templatesPdf.ts) is left out on purpose:
 * it pulls in pdf-lib, so the app imports it lazily with `await import('.../templates/templatesPdf')`.
 */
export { layoutTemplates } from './layoutTemplates'
export * from './pageConstants'
export type * from './types'
