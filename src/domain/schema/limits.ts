/** Hard limits on untrusted scenes: generous for real builds, small enough that a hostile file cannot hang the app. */
export const LIMITS = {
  maxProps: 10_000,
  maxNameChars: 120,
  minBaseMm: 10,
  maxBaseMm: 5000,
  minBaseThicknessMm: 1,
  maxBaseThicknessMm: 100,
  minRatio: 1,
  maxRatio: 1000,
  maxRotationDeg: 360,
  /** A scene file larger than this is refused before it is parsed. */
  maxJsonChars: 20 * 1024 * 1024,
} as const
