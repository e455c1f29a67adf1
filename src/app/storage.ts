import { get, set } from 'idb-keyval'

/** Damaged data found at boot is also copied here, under the time it was found. */
export const recoveredKey = (when: Date) => `recovered:${when.toISOString()}`

export const readStored = (key: string): Promise<unknown> => get(key)
export const writeStored = (key: string, value: unknown): Promise<void> => set(key, value)

/** Damaged data as text for a download: strings as they were, anything else as JSON. */
export function asText(raw: unknown): string {
  if (typeof raw === 'string') return raw
  try {
    return JSON.stringify(raw) ?? String(raw)
  } catch {
    return String(raw)
  }
}
