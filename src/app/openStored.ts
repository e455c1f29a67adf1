import type { ParseResult } from '../domain/schema/parseScene'

/**
 * Stored data through the one door. The door (zod and the catalog checks) loads on first use: a first
 * visit opens the embedded demo without it.
 */
export async function openStored(raw: unknown): Promise<ParseResult> {
  const { parseScene, parseSceneJson } = await import('../domain/schema/parseScene')
  return typeof raw === 'string' ? parseSceneJson(raw) : parseScene(raw)
}
