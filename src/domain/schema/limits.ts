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
  /** Groups per scene; a group needs at least two props, so this is generous. */
  maxGroups: 1000,
  /** Saved camera views per scene. */
  maxBookmarks: 100,
  /** Names of groups, camera bookmarks and custom models. */
  maxLabelChars: 80,
  /** A custom model's content hash: SHA-256 in hex is 64 characters. */
  maxModelIdChars: 128,
  /** A custom model's size per axis, model mm. */
  minModelSizeMm: 0.01,
  maxModelSizeMm: 5000,
  /** How far a bookmarked camera may stand or look from the centre, per axis, model mm (100 m). */
  maxCameraMm: 100_000,
  /** An orthographic bookmark's zoom factor. */
  minZoom: 0.01,
  maxZoom: 10_000,
  /** A scene file larger than this is refused before it is parsed. */
  maxJsonChars: 20 * 1024 * 1024,
} as const
