import type { z } from 'zod/mini'
import { familyOf } from '../catalog'
import { kindParamIssues, withDefaults } from '../catalog/validateParams'
import { reachProblem } from '../scene/reach'
import { err, ok, type Result } from '../result'
import {
  CUSTOM_MODEL_KIND,
  SCENE_FORMAT_TAG,
  SCENE_FORMAT_VERSION,
  type Prop,
  type Scene,
} from '../scene/types'
import { formatPath, invalid, type SceneIssue, type SceneParseError } from './errors'
import { LIMITS } from './limits'
import { migrate } from './migrations'
import { sceneSchema } from './sceneSchema'

export type ParseResult = Result<Scene, SceneParseError>

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * The one door for untrusted scenes: share links, autosave and opened files all come through here.
 * Returns a valid current-format scene or every reason it is not one; never throws, never half-loads.
 */
export function parseScene(raw: unknown): ParseResult {
  if (!isObject(raw)) return err(invalid([{ path: '(scene)', message: 'expected a scene object' }]))
  const version = formatVersion(raw)
  if (typeof version !== 'number') return err(invalid([version]))
  if (version > SCENE_FORMAT_VERSION) {
    const summary = `This scene was saved by a newer Diorama Builder (format ${version}); this one reads up to format ${SCENE_FORMAT_VERSION}. Update the app to open it.`
    return err({ kind: 'newer', summary, issues: [{ path: 'version', message: summary }] })
  }
  const data = version < SCENE_FORMAT_VERSION ? migrate(raw, version).data : raw

  const shaped = sceneSchema.safeParse(data)
  if (!shaped.success) return err(invalid(shaped.error.issues.map(zodIssue)))
  const shape = shaped.data as Scene
  const scene: Scene = { ...shape, props: shape.props.map(withDefaultParams) }
  const groupIds = new Set(scene.groups.map((g) => g.id))
  const issues = [
    ...scene.props.flatMap((p, i) => propIssues(p, i, scene, groupIds)),
    ...duplicateIds(scene.props, 'props'),
    ...duplicateIds(scene.groups, 'groups'),
    ...duplicateIds(scene.bookmarks, 'bookmarks'),
  ]
  return issues.length > 0 ? err(invalid(issues)) : ok(scene)
}

function duplicateIds(items: readonly { readonly id: string }[], field: string): SceneIssue[] {
  const seen = new Set<string>()
  return items.flatMap((item, i) => {
    if (seen.has(item.id)) return [{ path: `${field}[${i}].id`, message: `duplicate id "${item.id}"` }]
    seen.add(item.id)
    return []
  })
}

/**
 * The format version of raw data, or why there is none. Current files carry the format tag; format 0 (the
 * pre-release prototype) carried no tag, only `version: 0`. A file tagged otherwise is another program's. An
 * untagged file with a version above ours is taken as a future format, which may have dropped the tag.
 */
function formatVersion(raw: Record<string, unknown>): number | SceneIssue {
  const v = raw.version
  const whole = typeof v === 'number' && Number.isInteger(v) && v >= 0
  if (raw.format !== undefined && raw.format !== SCENE_FORMAT_TAG)
    return { path: 'format', message: `not a Diorama Builder scene (expected "${SCENE_FORMAT_TAG}")` }
  if (!whole) return { path: 'version', message: 'expected a whole format version number' }
  if (raw.format === undefined && v !== 0 && v <= SCENE_FORMAT_VERSION)
    return { path: 'format', message: `not a Diorama Builder scene (expected "${SCENE_FORMAT_TAG}")` }
  return v
}

/** Parses text (a file, a stored value); a JSON syntax error is reported like any other damage. */
export function parseSceneJson(text: string): ParseResult {
  if (text.length > LIMITS.maxJsonChars)
    return err(invalid([{ path: '(file)', message: `larger than ${LIMITS.maxJsonChars / 1024 / 1024} MB` }]))
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    return err(invalid([{ path: '(file)', message: `not valid JSON (${(e as Error).message})` }]))
  }
  return parseScene(raw)
}

function zodIssue(issue: z.core.$ZodIssue): SceneIssue {
  const path = formatPath(issue.path)
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ')
    return { path, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}` }
  }
  // zod reports a bad record key as "Invalid key in record"; the key schema's own message says what is wrong.
  if (issue.code === 'invalid_key') return { path, message: issue.issues[0]?.message ?? 'invalid name' }
  if (issue.code === 'invalid_value' && path === 'version')
    return { path, message: 'expected a format version' }
  // zod's own wording ("Invalid input: expected object, received undefined") for shapes without a message of ours.
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input'))
    return {
      path,
      message:
        issue.input === undefined ? 'missing' : `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`,
    }
  return { path, message: issue.message }
}

const TYPE_WORDS: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  record: 'an object',
  string: 'text',
}

/**
 * Checks that need the catalog, the base or the rest of the scene: prop kind, parameters and the rules between
 * them, a model exactly for a custom model, the group, reach.
 */
function propIssues(prop: Prop, i: number, scene: Scene, groupIds: ReadonlySet<string>): SceneIssue[] {
  const at = (field: string) => `props[${i}].${field}`
  const params = kindParamIssues(prop.kind, prop.params)
  if (!params) return [{ path: at('kind'), message: `unknown prop kind "${prop.kind}"` }]
  const issues: SceneIssue[] = params.map((p) => ({ path: at(`params.${p.param}`), message: p.message }))
  const custom = prop.kind === CUSTOM_MODEL_KIND
  if (custom && !prop.model)
    issues.push({ path: at('model'), message: 'missing: a custom model needs its model' })
  if (!custom && prop.model)
    issues.push({ path: at('model'), message: `only a custom model ("${CUSTOM_MODEL_KIND}") has a model` })
  if (prop.groupId !== undefined && !groupIds.has(prop.groupId))
    issues.push({ path: at('groupId'), message: `no group "${prop.groupId}" in groups` })
  for (const axis of ['x', 'y', 'z'] as const) {
    const problem = reachProblem(scene.base, axis, prop.position[axis])
    if (problem) issues.push({ path: at(`position.${axis}`), message: problem })
  }
  return issues
}

/** Parameters a file leaves out take the family's defaults, so families can grow new parameters. */
function withDefaultParams(prop: Prop): Prop {
  const family = familyOf(prop.kind)
  return family ? { ...prop, params: withDefaults(family, prop.params) } : prop
}
