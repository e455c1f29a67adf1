/** Reads and writes the app's IndexedDB (idb-keyval's default database) from the page, as a damaged save would. */
import type { Page } from 'playwright-core'
import { isPartsHead, joinParts, storedParts } from '../../src/app/sceneParts'

const withStore = (mode: 'readonly' | 'readwrite', body: string) => `new Promise((resolve, reject) => {
  const open = indexedDB.open('keyval-store')
  open.onupgradeneeded = () => open.result.createObjectStore('keyval')
  open.onerror = () => reject(open.error)
  open.onsuccess = () => {
    const tx = open.result.transaction('keyval', '${mode}')
    const store = tx.objectStore('keyval')
    ${body}
  }
})`

export const writeStored = (page: Page, key: string, value: unknown) =>
  page.evaluate(
    withStore(
      'readwrite',
      `store.put(${JSON.stringify(value)}, ${JSON.stringify(key)}); tx.oncomplete = () => resolve(true); tx.onerror = () => reject(tx.error)`,
    ),
  )

/** Every stored key with its value (strings as they are). */
export const readAllStored = (page: Page) =>
  page.evaluate<Record<string, unknown>>(
    withStore(
      'readonly',
      `const out = {}; const keys = store.getAllKeys(); const values = store.getAll();
       tx.oncomplete = () => { keys.result.forEach((k, i) => { out[k] = values.result[i] }); resolve(out) }`,
    ),
  )

/** A scene's text as the app reads it from `readAllStored`: its head and parts joined (or stored whole). */
export function storedSceneText(stored: Record<string, unknown>, id: string): string | undefined {
  const key = `scene:${id}`
  const head = stored[key]
  if (typeof head === 'string') return head
  return isPartsHead(head)
    ? joinParts(
        head,
        storedParts(key, head, (k) => stored[k]),
      )
    : undefined
}
