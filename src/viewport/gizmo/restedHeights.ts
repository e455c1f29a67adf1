import { restProps } from '../../domain/scene/restingHeight'
import { transformProps } from '../../domain/scene/transformProps'
import type { PropId, Scene } from '../../domain/scene/types'
import type { GroupDrag } from './groupDrag'

/**
 * Up to this many props a drag shows them resting on what is under them as they go; a bigger selection
 * (each rest looks at every prop of the scene) rests once, on release.
 */
const LIVE_REST_MAX = 24

/** The height each dragged prop would rest at if let go here, as the release will commit it. */
export function restedHeights(scene: Scene, drag: GroupDrag): ReadonlyMap<PropId, number> | undefined {
  const ids = drag.ids
  if (ids.length > LIVE_REST_MAX) return undefined
  const rested = restProps(transformProps(scene, drag.transforms()), ids, 'surface')
  const wanted = new Set(ids)
  return new Map(rested.props.filter((p) => wanted.has(p.id)).map((p) => [p.id, p.position.y]))
}
