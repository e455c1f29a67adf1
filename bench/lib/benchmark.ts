/** What every bench/<name>.ts module exports (named exports; bench/run.ts discovers and runs them). */
export type Figures = Record<string, number | string>

export interface Target {
  /** The figure should be at most this. */
  max: number
}

export interface Benchmark {
  name: string
  run(): Promise<Figures>
  /** Targets printed beside the figures of the same key. Informational: benchmarks never fail on them. */
  targets?: Record<string, Target>
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

export const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits
