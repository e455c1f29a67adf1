/** A message the app owes the user: a damaged file, a refused link, a save that failed. */
export interface Notice {
  readonly id: string
  readonly level: 'error' | 'warning' | 'info'
  readonly text: string
  /** Extra lines (the parse errors with their paths), shown under the text. */
  readonly details?: readonly string[]
  /** What the user can do about it, such as downloading damaged data that was kept. */
  readonly actions?: readonly NoticeAction[]
}

export interface NoticeAction {
  readonly label: string
  readonly run: () => void
}
