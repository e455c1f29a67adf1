import { updateProps } from './editProps'
import type { Prop, PropId, Scene } from './types'

/** The prop with a flag set (`true`) or left out (false): a flag that is off is never written. */
function withFlag(prop: Prop, flag: 'locked' | 'hidden', on: boolean): Prop {
  if ((prop[flag] === true) === on) return prop
  if (on) return { ...prop, [flag]: true }
  const { [flag]: _off, ...rest } = prop
  return rest
}

/** Locks or unlocks the props. Locked props stay where they are through every move, turn and arrangement. */
export const setLocked = (scene: Scene, ids: readonly PropId[], locked: boolean): Scene =>
  updateProps(scene, ids, (p) => withFlag(p, 'locked', locked))

/** Hides or shows the props. Hidden props are not drawn, but stay in the scene, its cut list and its link. */
export const setHidden = (scene: Scene, ids: readonly PropId[], hidden: boolean): Scene =>
  updateProps(scene, ids, (p) => withFlag(p, 'hidden', hidden))

/** Shows every hidden prop. */
export const showAll = (scene: Scene): Scene =>
  setHidden(
    scene,
    scene.props.filter((p) => p.hidden).map((p) => p.id),
    false,
  )
