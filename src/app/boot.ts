import { issueLine } from '../domain/schema/errors'
import { demoScene } from '../domain/scene/demoScene'
import { newId } from '../domain/scene/ids'
import type { Scene } from '../domain/scene/types'
import type { Notice } from '../store/notices'
import { downloadText } from '../ui/download'
import { openStored } from './openStored'
import {
  LEGACY_AUTOSAVE_KEY,
  currentSceneId,
  dropUnsaved,
  readScene,
  readUnsaved,
  saveScene,
  type Unsaved,
} from './sceneStore'
import { asText, readStored, recoveredKey, writeStored } from './storage'

export interface Boot {
  readonly scene: Scene
  /** The stored revision the scene was read at (0 for a scene not saved yet). */
  readonly rev: number
  readonly notices: readonly Omit<Notice, 'id'>[]
  /** False when the browser's storage cannot be used at all: editing goes on in memory. */
  readonly canSave: boolean
  /** The scene holds changes not saved yet (set aside by a closing tab): save it soon. */
  readonly dirty?: boolean
}

/** The demo is a template: each first visit gets its own copy, with its own id. */
const freshDemo = (): Scene => ({ ...demoScene(), id: newId('s') })

/**
 * Opens the scene the maker had open last, or the demo on a first visit. A damaged save never stops the app
 * and is never deleted: it stays where it was (and in the list), a copy is set aside under its own key and
 * offered for download, and the demo opens instead.
 */
export async function boot(): Promise<Boot> {
  let id: string | undefined
  let raw: unknown
  let rev = 0
  let unsaved: Unsaved | undefined
  try {
    id = await currentSceneId()
    if (id === undefined) raw = await readStored(LEGACY_AUTOSAVE_KEY)
    else {
      ;({ raw, rev } = await readScene(id))
      unsaved = readUnsaved(id)
    }
  } catch (e) {
    return {
      scene: freshDemo(),
      rev: 0,
      canSave: false,
      notices: [
        {
          level: 'warning',
          text: `This browser's storage is unavailable (${(e as Error).message}), so changes are not saved automatically. Use "Save file" to keep your work.`,
        },
      ],
    }
  }
  const notices: Omit<Notice, 'id'>[] = []
  let dirty = false
  if (id !== undefined && unsaved) {
    // What a closing tab set aside is newer than the stored scene if nobody saved since; else it is a copy.
    if (unsaved.baseRev === rev) {
      raw = unsaved.text
      dirty = true
    } else notices.push(...(await keepAsCopy(id, unsaved)))
  }
  if (raw === undefined) return { scene: freshDemo(), rev: 0, notices, canSave: true }
  const result = await openStored(raw)
  if (result.ok) return { scene: result.value, rev, notices, canSave: true, dirty }

  const key = recoveredKey(new Date())
  const kept = await writeStored(key, raw).then(
    () => true,
    () => false,
  )
  const text = asText(raw)
  return {
    scene: freshDemo(),
    rev: 0,
    canSave: true,
    notices: [
      ...notices,
      {
        level: 'error',
        text:
          result.error.kind === 'newer'
            ? `Your last scene could not be opened: ${result.error.summary} It has been kept, and the demo scene is open meanwhile.`
            : `Your last scene is damaged (${result.error.summary}). It has been kept${kept ? ` (also as "${key}")` : ''} so it can be recovered, and the demo scene is open meanwhile.`,
        details: result.error.issues.slice(0, 20).map(issueLine),
        actions: [
          { label: 'Download the damaged data', run: () => downloadText('damaged-scene.json', text) },
        ],
      },
    ],
  }
}

/** Changes a closing tab set aside after another tab had saved the same scene: kept as a scene of their own. */
async function keepAsCopy(id: string, unsaved: Unsaved): Promise<Omit<Notice, 'id'>[]> {
  const result = await openStored(unsaved.text)
  if (!result.ok) return []
  const copy = { ...result.value, id: newId('s'), name: `${result.value.name} (copy)`.slice(0, 120) }
  const saved = await saveScene(copy, 0, { open: false })
  if (saved.ok) dropUnsaved(id)
  return [
    {
      level: 'warning',
      text: `Changes made just before a tab closed were kept as “${copy.name}”, because the scene had been saved in another tab meanwhile. Both are in My dioramas.`,
    },
  ]
}
