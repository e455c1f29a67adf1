import type { Scene } from './types'

/** What the scene list shows of a scene without opening it. */
export interface SceneSummary {
  readonly id: string
  readonly name: string
  readonly scaleName: string
  readonly ratio: number
  readonly propCount: number
  readonly updatedAt: string
  /** A small JPEG of the view as a data: URL, when one could be taken. */
  readonly thumbnail?: string
}

export function summarize(scene: Scene, thumbnail?: string): SceneSummary {
  return {
    id: scene.id,
    name: scene.name,
    scaleName: scene.scale.name,
    ratio: scene.scale.ratio,
    propCount: scene.props.length,
    updatedAt: scene.updatedAt,
    ...(thumbnail ? { thumbnail } : {}),
  }
}

/** The list with `summary` in place of the entry of the same id (or added), newest first. */
export function upsertSummary(list: readonly SceneSummary[], summary: SceneSummary): SceneSummary[] {
  const keepThumb = list.find((s) => s.id === summary.id)?.thumbnail
  const next = { ...summary, ...(summary.thumbnail || !keepThumb ? {} : { thumbnail: keepThumb }) }
  return [next, ...list.filter((s) => s.id !== summary.id)].sort((a, b) =>
    b.updatedAt.localeCompare(a.updatedAt),
  )
}
