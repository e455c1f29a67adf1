import { sameVec, type Vec3 } from '../units/vec'
import type { MaterialOptions, Prop, PropId, Scene } from './types'

/** Applies `change` to the props with the given ids; untouched props keep their identity (shared by history). */
export function updateProps(scene: Scene, ids: readonly PropId[], change: (p: Prop) => Prop): Scene {
  const wanted = new Set(ids)
  let changed = false
  const props = scene.props.map((p) => {
    if (!wanted.has(p.id)) return p
    const next = change(p)
    if (next !== p) changed = true
    return next
  })
  return changed ? { ...scene, props } : scene
}

/** Removes the props; a group whose last props they were goes with them. */
export function removeProps(scene: Scene, ids: readonly PropId[]): Scene {
  const gone = new Set(ids)
  const props = scene.props.filter((p) => !gone.has(p.id))
  if (props.length === scene.props.length) return scene
  const used = new Set(props.map((p) => p.groupId))
  const groups = scene.groups.every((g) => used.has(g.id))
    ? scene.groups
    : scene.groups.filter((g) => used.has(g.id))
  return { ...scene, props, groups }
}

// Setting the value a prop already has returns it unchanged, so a click on the gizmo is not an undo step.
export const setPropPosition = (scene: Scene, id: PropId, position: Vec3): Scene =>
  updateProps(scene, [id], (p) => (sameVec(p.position, position) ? p : { ...p, position }))

export const setPropRotation = (scene: Scene, id: PropId, rotation: Vec3): Scene =>
  updateProps(scene, [id], (p) => (sameVec(p.rotation, rotation) ? p : { ...p, rotation }))

export const setPropParam = (scene: Scene, id: PropId, name: string, value: number): Scene =>
  updateProps(scene, [id], (p) =>
    p.params[name] === value ? p : { ...p, params: { ...p.params, [name]: value } },
  )

export const renameProp = (scene: Scene, id: PropId, name: string): Scene =>
  updateProps(scene, [id], (p) => {
    const trimmed = name.trim()
    if ((p.name ?? '') === trimmed) return p
    const { name: _old, ...rest } = p
    return trimmed ? { ...rest, name: trimmed } : rest
  })

export const findProp = (scene: Scene, id: PropId): Prop | undefined => scene.props.find((p) => p.id === id)

/** Changes surface options (rust, grime, grain, paint, chipping); `undefined` removes an option. */
export const setPropMaterial = (
  scene: Scene,
  id: PropId,
  patch: Partial<Omit<MaterialOptions, 'seed'>>,
): Scene =>
  updateProps(scene, [id], (p) => {
    const material: Record<string, unknown> = { ...p.material }
    let changed = false
    for (const [key, value] of Object.entries(patch)) {
      if (material[key] === value) continue
      changed = true
      if (value === undefined) delete material[key]
      else material[key] = value
    }
    return changed ? { ...p, material: material as unknown as MaterialOptions } : p
  })
