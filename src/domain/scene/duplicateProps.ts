import { LIMITS } from '../schema/limits'
import { vec3, type Vec3 } from '../units/vec'
import { nextSeed } from './addProp'
import { newId } from './ids'
import { tidyVec } from './moveProps'
import { deltaWithinReach } from './reach'
import type { GroupId, Prop, PropGroup, PropId, Scene } from './types'

export interface Duplicated {
  readonly scene: Scene
  /** The copies' ids, in the order they were appended. */
  readonly newIds: readonly PropId[]
}

/**
 * Appends one copy of `sources` moved by `deltaMm`. Each copy gets a fresh id and a fresh seed (counting on
 * from the scene's largest, as new props do), so its weathering is its own. Two or more copies from the same
 * group make a new group of the same name; a lone copy from a group joins none. A copy is new work: it starts
 * unlocked and shown, whatever its source was. Groups beyond the limit are not made (the copies are then not
 * grouped).
 */
export function appendCopies(scene: Scene, sources: readonly Prop[], deltaMm: Vec3): Duplicated {
  const perGroup = new Map<GroupId, number>()
  for (const p of sources) if (p.groupId) perGroup.set(p.groupId, (perGroup.get(p.groupId) ?? 0) + 1)
  const copiedGroups = scene.groups.filter((g) => (perGroup.get(g.id) ?? 0) >= 2)
  const room = scene.groups.length + copiedGroups.length <= LIMITS.maxGroups
  const newGroups: PropGroup[] = room ? copiedGroups.map((g) => ({ id: newId('g'), name: g.name })) : []
  const groupFor = new Map(newGroups.map((g, i) => [copiedGroups[i]?.id, g.id]))

  let seed = nextSeed(scene)
  const copies = sources.map((source): Prop => {
    const { locked: _locked, hidden: _hidden, groupId, ...rest } = source
    const group = groupId === undefined ? undefined : groupFor.get(groupId)
    const copy: Prop = {
      ...rest,
      id: newId('p'),
      position: tidyVec(
        vec3(source.position.x + deltaMm.x, source.position.y + deltaMm.y, source.position.z + deltaMm.z),
      ),
      material: { ...source.material, seed },
      ...(group === undefined ? {} : { groupId: group }),
    }
    seed = seed >= 0x7fffffff ? 1 : seed + 1
    return copy
  })
  return {
    scene: { ...scene, props: [...scene.props, ...copies], groups: [...scene.groups, ...newGroups] },
    newIds: copies.map((p) => p.id),
  }
}

const sourcesOf = (scene: Scene, ids: readonly PropId[]): Prop[] => {
  const wanted = new Set(ids)
  return scene.props.filter((p) => wanted.has(p.id))
}

/**
 * Copies the props (Ctrl+D), moved by `offsetMm`, at the end of the scene. The offset is shortened so every
 * copy stays within the base's reach. Nothing is copied when the copies would pass the prop limit.
 */
export function duplicateProps(scene: Scene, ids: readonly PropId[], offsetMm: Vec3): Duplicated {
  const sources = sourcesOf(scene, ids)
  if (sources.length === 0 || scene.props.length + sources.length > LIMITS.maxProps)
    return { scene, newIds: [] }
  const delta = deltaWithinReach(
    scene.base,
    sources.map((p) => p.position),
    offsetMm,
  )
  return appendCopies(scene, sources, delta)
}

/**
 * `count` copies of the props in a row: copy k (1 to count) moved by k x `spacingMm`, each copy of a group a
 * group of its own. The row stops early at the base's reach or at the prop limit, so `newIds` may hold fewer
 * than count x the props.
 */
export function arrayDuplicate(
  scene: Scene,
  ids: readonly PropId[],
  count: number,
  spacingMm: Vec3,
): Duplicated {
  const sources = sourcesOf(scene, ids)
  const positions = sources.map((p) => p.position)
  let current = scene
  const newIds: PropId[] = []
  for (let k = 1; k <= Math.floor(count) && sources.length > 0; k++) {
    const offset = vec3(k * spacingMm.x, k * spacingMm.y, k * spacingMm.z)
    const fits = deltaWithinReach(scene.base, positions, offset)
    if (fits.x !== offset.x || fits.y !== offset.y || fits.z !== offset.z) break
    if (current.props.length + sources.length > LIMITS.maxProps) break
    const copied = appendCopies(current, sources, offset)
    current = copied.scene
    newIds.push(...copied.newIds)
  }
  return { scene: current, newIds }
}
