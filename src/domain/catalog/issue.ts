import type { ParamIssue } from './types'

/** A length for a message to a maker: at most two decimals, no float dust ("4.7 mm", not "4.700000001"). */
export const mmText = (n: number): string => `${Math.round(n * 100) / 100} mm`

/** The first rule that fails, as the issue for its parameter: families list their rules in order of blame. */
export function firstIssue(
  rules: readonly (readonly [broken: boolean, param: string, message: string])[],
): ParamIssue | undefined {
  const rule = rules.find(([broken]) => broken)
  return rule ? { param: rule[1], message: rule[2] } : undefined
}
