import { issueLine } from '../domain/schema/errors'
import { demoScene } from '../domain/scene/demoScene'
import type { Scene } from '../domain/scene/types'
import type { Notice } from '../store/notices'
import { downloadText } from '../ui/download'
import { AUTOSAVE_KEY, asText, readStored, recoveredKey, writeStored } from './storage'

export interface Boot {
  readonly scene: Scene
  readonly notices: readonly Omit<Notice, 'id'>[]
  /** False when damaged data could not be set aside: saving now would overwrite the only copy. */
  readonly autosave: boolean
}

/**
 * Opens the last autosaved scene, or the demo on a first visit. A damaged save never stops the app and is
 * never deleted: it is copied aside under its own key, offered for download, and the demo opens instead.
 */
export async function boot(): Promise<Boot> {
  let raw: unknown
  try {
    raw = await readStored(AUTOSAVE_KEY)
  } catch (e) {
    return {
      scene: demoScene(),
      autosave: false,
      notices: [
        {
          level: 'warning',
          text: `This browser's storage is unavailable (${(e as Error).message}), so changes are not saved automatically. Use "Save file" to keep your work.`,
        },
      ],
    }
  }
  if (raw === undefined) return { scene: demoScene(), notices: [], autosave: true }
  // The parse door (zod and the catalog checks) loads only when there is untrusted data to check: a first
  // visit opens the embedded demo without it.
  const { parseScene, parseSceneJson } = await import('../domain/schema/parseScene')
  const result = typeof raw === 'string' ? parseSceneJson(raw) : parseScene(raw)
  if (result.ok) return { scene: result.value, notices: [], autosave: true }

  const key = recoveredKey(new Date())
  const kept = await writeStored(key, raw).then(
    () => true,
    () => false,
  )
  const text = asText(raw)
  return {
    scene: demoScene(),
    autosave: kept,
    notices: [
      {
        level: 'error',
        text:
          result.error.kind === 'newer'
            ? `Your saved scene could not be opened: ${result.error.summary} It has been kept, and the demo scene is open meanwhile.`
            : `Your saved scene is damaged (${result.error.summary}). It has been kept${kept ? ` as "${key}"` : ''} so it can be recovered, and the demo scene is open meanwhile.`,
        details: result.error.issues.slice(0, 20).map(issueLine),
        actions: [
          { label: 'Download the damaged data', run: () => downloadText('damaged-scene.json', text) },
        ],
      },
    ],
  }
}
