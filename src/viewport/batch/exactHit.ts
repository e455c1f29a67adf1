import * as THREE from 'three'

/** Geometries with more triangles than this get a bounding volume hierarchy for picking. */
const BVH_MIN_TRIANGLES = 256

type BvhModule = typeof import('three-mesh-bvh')
interface Tree {
  raycastFirst(ray: THREE.Ray, side: THREE.Side): THREE.Intersection | null
}

let bvh: BvhModule | undefined
let loading: Promise<void> | undefined
const trees = new WeakMap<THREE.BufferGeometry, Tree>()
const waiting = new Set<THREE.BufferGeometry>()
const built: (() => void)[] = []

/** Resolves once every tree asked for so far is built. */
export function treesBuilt(): Promise<void> {
  return waiting.size === 0 ? Promise.resolve() : new Promise((resolve) => built.push(resolve))
}

/**
 * Asks for a picking tree for a geometry: three-mesh-bvh loads (its own chunk) and builds the trees when
 * the browser is idle, so neither the first frame nor an edit waits for them. Until its tree is there a
 * geometry is picked triangle by triangle.
 */
export function prepareForPicking(geometry: THREE.BufferGeometry): void {
  const triangles = (geometry.index?.count ?? geometry.getAttribute('position').count) / 3
  if (triangles < BVH_MIN_TRIANGLES || trees.has(geometry) || waiting.has(geometry)) return
  waiting.add(geometry)
  if (waiting.size === 1) idle(buildTrees)
}

function buildTrees(deadline?: IdleDeadline): void {
  if (!bvh) {
    loading ??= import('three-mesh-bvh').then((module) => {
      bvh = module
    })
    void loading.then(() => idle(buildTrees))
    return
  }
  for (const geometry of waiting) {
    // indirect: the tree keeps its own triangle order and leaves the shared geometry as it is.
    trees.set(geometry, new bvh.MeshBVH(geometry, { indirect: true }))
    waiting.delete(geometry)
    if (deadline && deadline.timeRemaining() < 4) break
  }
  if (waiting.size > 0) return idle(buildTrees)
  for (const resolve of built.splice(0)) resolve()
}

const idle = (fn: (deadline?: IdleDeadline) => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 })
  else setTimeout(fn, 50)
}

const inverse = new THREE.Matrix4()
const local = new THREE.Ray()
const scratch = new THREE.Mesh()
const found: THREE.Intersection[] = []

/** The nearest point where the ray meets a geometry placed by `matrix` (rigid: no scale), or undefined. */
export function exactHit(
  raycaster: THREE.Raycaster,
  geometry: THREE.BufferGeometry,
  matrix: THREE.Matrix4,
  material: THREE.Material,
): THREE.Intersection | undefined {
  const tree = trees.get(geometry)
  if (tree) {
    local.copy(raycaster.ray).applyMatrix4(inverse.copy(matrix).invert())
    const hit = tree.raycastFirst(local, material.side)
    if (!hit) return undefined
    hit.point.applyMatrix4(matrix)
    hit.distance = hit.point.distanceTo(raycaster.ray.origin)
    return hit.distance >= raycaster.near && hit.distance <= raycaster.far ? hit : undefined
  }
  scratch.geometry = geometry
  scratch.material = material
  scratch.matrixWorld.copy(matrix)
  found.length = 0
  scratch.raycast(raycaster, found)
  let nearest: THREE.Intersection | undefined
  for (const hit of found) if (!nearest || hit.distance < nearest.distance) nearest = hit
  return nearest
}
