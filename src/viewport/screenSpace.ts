import * as THREE from 'three'
import { PROPS_OBJECT } from './batch/propsObject'

/** A press that moved further than this (page px) was an orbit or a box, not a click. */
export const CLICK_SLOP_PX = 4

const scratch = new THREE.Vector3()

/** Page CSS pixels of a point in model mm, as `camera` shows it on `canvas`. */
export function pagePoint(
  p: { readonly x: number; readonly y: number; readonly z: number },
  camera: THREE.Camera,
  canvas: DOMRect,
): { x: number; y: number; depth: number } {
  scratch.set(p.x, p.y, p.z).project(camera)
  return {
    x: canvas.left + ((scratch.x + 1) / 2) * canvas.width,
    y: canvas.top + ((1 - scratch.y) / 2) * canvas.height,
    // -1..1 between the camera's near and far planes; outside, the point is not in view.
    depth: scratch.z,
  }
}

const ndc = new THREE.Vector2()

/** Points `raycaster` along the line of sight under page pixels (x, y). */
export function aimAt(
  raycaster: THREE.Raycaster,
  x: number,
  y: number,
  camera: THREE.Camera,
  canvas: DOMRect,
) {
  ndc.set(((x - canvas.left) / canvas.width) * 2 - 1, 1 - ((y - canvas.top) / canvas.height) * 2)
  raycaster.setFromCamera(ndc, camera)
}

/** The object that draws every prop, found by name so that code outside the props' chunk need not import it. */
export const propsObject = (scene: THREE.Object3D): THREE.Object3D | undefined =>
  scene.getObjectByName(PROPS_OBJECT)

/** The nearest prop the raycaster's ray meets (the same raycast a click runs), or nothing. */
export function pickProp(
  raycaster: THREE.Raycaster,
  props: THREE.Object3D | undefined,
): { readonly propId: string; readonly hit: THREE.Intersection } | undefined {
  const hit = props ? raycaster.intersectObject(props, false)[0] : undefined
  const propAt = props?.userData.propAt as ((instance: number) => string | undefined) | undefined
  const propId = hit?.batchId !== undefined ? propAt?.(hit.batchId) : undefined
  return hit && propId ? { propId, hit } : undefined
}
