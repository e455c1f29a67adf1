import type { z } from 'zod/mini'
import { familyOf } from '../catalog'
import type { ParamSpec } from '../catalog/types'
import { err, ok, type Result } from '../result'
import { SCENE_FORMAT_VERSION, type Prop, type Scene } from '../scene/types'
import { formatPath, invalid, type SceneIssue, type SceneParseError } from './errors'
import { LIMITS } from './limits'
import { migrate } from './migrations'
import { sceneSchemaV1 } from './sceneSchema'

export type ParseResult = Result<Scene, SceneParseError>

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * The one door for untrusted scenes: share links, autosave and opened files all come through here.
 * Returns a valid current-format scene or every reason it is not one; never throws, never half-loads.
 */
export function parseScene(raw: unknown): ParseResult {
  if (!isObject(raw)) return err(invalid([{ path: '(scene)', message: 'expected a scene object' }]))
  const version = raw.format === undefined && raw.version === 0 ? 0 : raw.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return err(invalid([{ path: 'version', message: 'expected a whole format version number' }]))
  if (version > SCENE_FORMAT_VERSION) {
    const summary = `This scene was saved by a newer Diorama Builder (format ${version}); this one reads up to format ${SCENE_FORMAT_VERSION}. Update the app to open it.`
    return err({ kind: 'newer', summary, issues: [{ path: 'version', message: summary }] })
  }
  const data = version < SCENE_FORMAT_VERSION ? migrate(raw, version).data : raw

  const shaped = sceneSchemaV1.safeParse(data)
  if (!shaped.success) return err(invalid(shaped.error.issues.map(zodIssue)))
  const scene = shaped.data as Scene
  const issues = scene.props.flatMap((p, i) => propIssues(p, i, scene))
  const seen = new Set<string>()
  scene.props.forEach((p, i) => {
    if (seen.has(p.id)) issues.push({ path: `props[${i}].id`, message: `duplicate id "${p.id}"` })
    seen.add(p.id)
  })
  if (issues.length > 0) return err(invalid(issues))
  return ok({ ...scene, props: scene.props.map(withDefaultParams) })
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
  return { path, message: issue.message }
}

/** Checks that need the catalog or the base: prop kind, parameter names and ranges, reach. */
function propIssues(prop: Prop, i: number, scene: Scene): SceneIssue[] {
  const at = (field: string) => `props[${i}].${field}`
  const family = familyOf(prop.kind)
  if (!family) return [{ path: at('kind'), message: `unknown prop kind "${prop.kind}"` }]
  const issues: SceneIssue[] = []
  for (const [name, value] of Object.entries(prop.params)) {
    const spec: ParamSpec | undefined = Object.hasOwn(family.params, name) ? family.params[name] : undefined
    if (!spec)
      issues.push({ path: at(`params.${name}`), message: `"${family.label}" has no parameter "${name}"` })
    else {
      const problem = paramProblem(spec, value)
      if (problem) issues.push({ path: at(`params.${name}`), message: problem })
    }
  }
  const { widthMm, depthMm, thicknessMm } = scene.base
  const reach = (axis: 'x' | 'y' | 'z', lo: number, hi: number) => {
    const v = prop.position[axis]
    if (v < lo || v > hi)
      issues.push({ path: at(`position.${axis}`), message: `out of the base's reach (${lo} to ${hi} mm)` })
  }
  reach('x', -widthMm, widthMm)
  reach('z', -depthMm, depthMm)
  reach('y', -thicknessMm, 2 * Math.max(widthMm, depthMm))
  return issues
}

/** Why a parameter value is refused, or undefined when it is fine. Shared with the inspector. */
export function paramProblem(spec: ParamSpec, value: number): string | undefined {
  if (!Number.isFinite(value)) return 'expected a finite number'
  if (spec.integer && !Number.isInteger(value)) return 'expected a whole number'
  if (value < spec.min) return `must be at least ${spec.min}`
  if (value > spec.max) return `must be at most ${spec.max}`
  return undefined
}

/** Parameters a file leaves out take the family's defaults, so families can grow new parameters. */
function withDefaultParams(prop: Prop): Prop {
  const family = familyOf(prop.kind)
  if (!family) return prop
  const params: Record<string, number> = {}
  for (const [name, spec] of Object.entries(family.params)) params[name] = prop.params[name] ?? spec.default
  return { ...prop, params }
}
