import { LIMITS } from '../schema/limits'
import { updateProps } from './editProps'
import { newId } from './ids'
import type { GroupId, PropGroup, PropId, Scene } from './types'

/**
 * Groups are flat and live as long as they have props: a prop is in at most one group, grouping props that
 * are in other groups moves them out of those, and a group left with no props is removed.
 */

const cleanName = (name: string): string => name.trim().slice(0, LIMITS.maxLabelChars).trim()

/** "Group 1", "Group 2"...: the first such name no group has. */
function nextGroupName(scene: Scene): string {
  const taken = new Set(scene.groups.map((g) => g.name))
  for (let n = 1; ; n++) if (!taken.has(`Group ${n}`)) return `Group ${n}`
}

/** The scene without groups that no prop belongs to (the same scene when there are none). */
export function pruneGroups(scene: Scene): Scene {
  const used = new Set(scene.props.map((p) => p.groupId))
  const groups = scene.groups.filter((g) => used.has(g.id))
  return groups.length === scene.groups.length ? scene : { ...scene, groups }
}

/**
 * Puts the props (at least two) into a new group named `name` (or "Group n"), taking them out of any group
 * they were in. Props that already make up a whole group on their own are left as they are, and so is a
 * scene at the group limit; then `groupId` is undefined.
 */
export function groupProps(
  scene: Scene,
  ids: readonly PropId[],
  name?: string,
): { scene: Scene; groupId?: GroupId } {
  const wanted = new Set(ids)
  const members = scene.props.filter((p) => wanted.has(p.id))
  if (members.length < 2) return { scene }
  const first = members[0]?.groupId
  const sameGroup = first !== undefined && members.every((p) => p.groupId === first)
  if (sameGroup && scene.props.every((p) => p.groupId !== first || wanted.has(p.id))) return { scene }
  const group: PropGroup = { id: newId('g'), name: cleanName(name ?? '') || nextGroupName(scene) }
  const grouped = pruneGroups(
    updateProps(
      { ...scene, groups: [...scene.groups, group] },
      members.map((p) => p.id),
      (p) => ({ ...p, groupId: group.id }),
    ),
  )
  return grouped.groups.length > LIMITS.maxGroups ? { scene } : { scene: grouped, groupId: group.id }
}

/** Dissolves the groups: their props stay where they are, in no group. */
export function ungroup(scene: Scene, groupIds: readonly GroupId[]): Scene {
  const gone = new Set(groupIds)
  if (!scene.groups.some((g) => gone.has(g.id))) return scene
  const freed = updateProps(
    scene,
    scene.props.filter((p) => p.groupId !== undefined && gone.has(p.groupId)).map((p) => p.id),
    ({ groupId: _gone, ...rest }) => rest,
  )
  return { ...freed, groups: scene.groups.filter((g) => !gone.has(g.id)) }
}

/** Renames a group; an empty name is refused (same scene). */
export function renameGroup(scene: Scene, groupId: GroupId, name: string): Scene {
  const clean = cleanName(name)
  const group = scene.groups.find((g) => g.id === groupId)
  if (!group || !clean || group.name === clean) return scene
  return { ...scene, groups: scene.groups.map((g) => (g === group ? { ...g, name: clean } : g)) }
}

/** The groups the props belong to, each once, in the scene's group order. */
export function groupsOf(scene: Scene, ids: readonly PropId[]): GroupId[] {
  const wanted = new Set(ids)
  const found = new Set(scene.props.filter((p) => wanted.has(p.id)).map((p) => p.groupId))
  return scene.groups.filter((g) => found.has(g.id)).map((g) => g.id)
}

/**
 * The props and every prop that shares a group with one of them, in scene order: what a click on a grouped
 * prop selects.
 */
export function withGroupMates(scene: Scene, ids: readonly PropId[]): PropId[] {
  const wanted = new Set(ids)
  const groups = new Set(groupsOf(scene, ids))
  return scene.props
    .filter((p) => wanted.has(p.id) || (p.groupId !== undefined && groups.has(p.groupId)))
    .map((p) => p.id)
}
