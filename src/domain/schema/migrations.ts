import { SCENE_FORMAT_TAG } from '../scene/types'

type Json = Record<string, unknown>

/** One named step from a format version to the next. Steps work on raw data; the result is validated after. */
export interface Migration {
  readonly from: number
  readonly name: string
  readonly up: (raw: Json) => Json
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/** [x, y, z] -> {x, y, z}; anything else is passed through for the validator to report. */
function arrayToVec(v: unknown): unknown {
  return Array.isArray(v) && v.length === 3 ? { x: v[0], y: v[1], z: v[2] } : v
}

/**
 * Format 0 is what the pre-release prototype wrote: no format tag, the scale as a bare ratio, vectors as
 * arrays, only a turn about the vertical, and no timestamps. Files of it exist, so they keep opening.
 * Format 1 had no groups, camera bookmarks, locked or hidden props, or custom models.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    name: 'v0-to-v1: tag the format, name the scale, vectors as {x, y, z}, timestamps',
    up: (raw) => {
      const ratio = raw.scaleRatio
      const { scaleRatio: _ratio, savedAt, ...rest } = raw
      const when = typeof savedAt === 'string' ? savedAt : '2026-01-01T00:00:00.000Z'
      return {
        ...rest,
        format: SCENE_FORMAT_TAG,
        version: 1,
        createdAt: when,
        updatedAt: when,
        scale: { ratio, name: typeof ratio === 'number' ? `1:${ratio}` : 'custom' },
        props: Array.isArray(raw.props)
          ? raw.props.map((p: unknown) => {
              if (!isObject(p)) return p
              const { rotationY, ...prop } = p
              return {
                ...prop,
                position: arrayToVec(p.position),
                rotation: { x: 0, y: rotationY ?? 0, z: 0 },
              }
            })
          : raw.props,
      }
    },
  },
  {
    from: 1,
    name: 'v1-to-v2: no groups and no camera bookmarks yet',
    // Props need nothing: their new fields (groupId, locked, hidden, model) are optional and absent.
    up: (raw) => ({ ...raw, version: 2, groups: [], bookmarks: [] }),
  },
]

/** Runs every step from `version` up to the current format, in order, and names the steps taken. */
export function migrate(raw: Json, version: number): { data: Json; steps: string[] } {
  let data = raw
  const steps: string[] = []
  for (const m of MIGRATIONS) {
    if (m.from >= version) {
      data = m.up(data)
      steps.push(m.name)
    }
  }
  return { data, steps }
}
