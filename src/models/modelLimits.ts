/** What an imported model may be: stated in the import dialog, checked before anything is parsed. */
export const MODEL_LIMITS = {
  /** Files larger than this are refused before they are read. */
  maxBytes: 20 * 1024 * 1024,
  /** More triangles than this would slow the editor for one prop. */
  maxTriangles: 300_000,
  /** Names kept from the file name. */
  maxNameLength: 80,
} as const

export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`
