/** base64url (RFC 4648 section 5) without padding: the URL-safe alphabet, nothing a chat app escapes. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const VALUES = new Int8Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i

export function toBase64url(data: Uint8Array): string {
  let out = ''
  for (let i = 0; i < data.length; i += 3) {
    const a = data[i] ?? 0
    const b = data[i + 1] ?? 0
    const c = data[i + 2] ?? 0
    const left = data.length - i
    out += ALPHABET[a >> 2]
    out += ALPHABET[((a & 3) << 4) | (b >> 4)]
    if (left > 1) out += ALPHABET[((b & 15) << 2) | (c >> 6)]
    if (left > 2) out += ALPHABET[c & 63]
  }
  return out
}

/**
 * The bytes, or undefined when a character is outside the alphabet. Bits after the last whole byte are
 * dropped, so a link cut off mid-character is reported by the inflater as cut off, which is what it is.
 */
export function fromBase64url(text: string): Uint8Array | undefined {
  const out = new Uint8Array(Math.floor((text.length * 6) / 8))
  let bits = 0
  let acc = 0
  let at = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const v = code < 128 ? (VALUES[code] ?? -1) : -1
    if (v < 0) return undefined
    acc = ((acc << 6) | v) & 0xffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[at++] = (acc >> bits) & 0xff
    }
  }
  return out
}
