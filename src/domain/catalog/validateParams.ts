import { CUSTOM_MODEL_KIND } from '../scene/types'
import { familyOf } from './index'
import type { ParamIssue, ParamSpec, PropFamily } from './types'

/** Why one value is refused by its own range, or undefined when it is fine. */
export function paramProblem(spec: ParamSpec, value: number): string | undefined {
  if (!Number.isFinite(value)) return 'expected a finite number'
  if (spec.integer && !Number.isInteger(value)) return 'expected a whole number'
  if (value < spec.min) return `must be at least ${spec.min}`
  if (value > spec.max) return `must be at most ${spec.max}`
  return undefined
}

/**
 * Every problem with a complete set of parameters: unknown names, values out of range, then the family's
 * rules between parameters. The parse door and the inspector both ask here, so they never disagree.
 */
export function paramIssues(family: PropFamily, params: Readonly<Record<string, number>>): ParamIssue[] {
  const issues: ParamIssue[] = []
  for (const [name, value] of Object.entries(params)) {
    const spec = Object.hasOwn(family.params, name) ? family.params[name] : undefined
    const message = spec ? paramProblem(spec, value) : `"${family.label}" has no parameter "${name}"`
    if (message) issues.push({ param: name, message })
  }
  if (issues.length === 0 && family.check) {
    const rule = family.check(params)
    if (rule) issues.push(rule)
  }
  return issues
}

/** Complete parameters: what was given, the family's defaults for the rest (families may grow parameters). */
export function withDefaults(
  family: PropFamily,
  params: Readonly<Record<string, number>>,
): Record<string, number> {
  const out: Record<string, number> = { ...params }
  for (const [name, spec] of Object.entries(family.params)) out[name] = params[name] ?? spec.default
  return out
}

/**
 * The problems with a prop's parameters by its kind, or undefined for a kind that is neither a catalog family
 * nor a custom model. A custom model has no parameters: its size comes from the model itself.
 */
export function kindParamIssues(
  kind: string,
  params: Readonly<Record<string, number>>,
): ParamIssue[] | undefined {
  if (kind === CUSTOM_MODEL_KIND)
    return Object.keys(params).map((param) => ({
      param,
      message: `a custom model has no parameter "${param}"`,
    }))
  const family = familyOf(kind)
  return family ? paramIssues(family, params) : undefined
}
