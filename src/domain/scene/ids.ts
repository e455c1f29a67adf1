import type { PropId } from './types'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** Short random ids ("p-k3x9q2m1"): unique enough within a scene, short enough for a share link. */
export function newId(prefix: string): PropId {
  const bytes = new Uint8Array(8)
  globalThis.crypto.getRandomValues(bytes)
  let id = ''
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length]
  return `${prefix}-${id}`
}
