/** One reason a scene was refused, with where it is ("props[3].position.x"). */
export interface SceneIssue {
  readonly path: string
  readonly message: string
}

export interface SceneParseError {
  /** "newer" asks the user to update the app; "invalid" means damaged or not a scene at all. */
  readonly kind: 'invalid' | 'newer'
  /** One sentence for a banner. */
  readonly summary: string
  readonly issues: readonly SceneIssue[]
}

/** ["props", 3, "position", "x"] -> "props[3].position.x"; the root is "(scene)". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(scene)' : out
}

export const issueLine = (i: SceneIssue): string => `${i.path}: ${i.message}`

export function invalid(issues: readonly SceneIssue[]): SceneParseError {
  const first = issues[0]
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
  return { kind: 'invalid', summary: first ? `${issueLine(first)}${more}` : 'not a scene', issues }
}
