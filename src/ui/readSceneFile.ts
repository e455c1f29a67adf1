import type { Scene } from '../domain/scene/types'
import { issueLine } from '../domain/schema/errors'
import { LIMITS } from '../domain/schema/limits'
import { parseSceneJson } from '../domain/schema/parseScene'

export type SceneFile =
  | { readonly ok: true; readonly scene: Scene }
  | { readonly ok: false; readonly text: string; readonly details?: readonly string[] }

const mb = (bytes: number) => Math.round(bytes / 1048576)

/**
 * A scene file the maker picked, through the one door. Refused before it is read when it is too large or
 * plainly not a scene (a picture, a model), so a 50 MB file answers at once instead of being read whole only
 * to be refused. Loaded with the parser when a file is first opened.
 */
export async function readSceneFile(file: File): Promise<SceneFile> {
  const refused = (why: string, details?: readonly string[]): SceneFile => ({
    ok: false,
    text: `Could not open "${file.name}": ${why}. Your current scene is unchanged.`,
    ...(details ? { details } : {}),
  })
  if (file.size > LIMITS.maxJsonChars)
    return refused(
      `at ${mb(file.size)} MB it is larger than a scene file can be (${mb(LIMITS.maxJsonChars)} MB)`,
    )
  if (!(await file.slice(0, 64).text()).trimStart().startsWith('{'))
    return refused('it is not a scene file (those are .diorama.json text files)')
  const result = parseSceneJson(await file.text())
  if (result.ok) return { ok: true, scene: result.value }
  return refused(result.error.summary, result.error.issues.slice(0, 20).map(issueLine))
}
