import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import * as THREE from 'three'
import { propBox, unionBox } from '../domain/scene/bounds'
import type { CameraProjection, CameraView } from '../domain/scene/types'
import { useEditorStore } from '../store/useEditor'
import { viewBridge, type ViewDirection } from '../store/viewBridge'

/**
 * A view asked for while the camera changes projection: the orbit controls are made anew for the new camera
 * (with their target at the origin), so the target and place are applied again once they exist.
 */
let pending: { position: THREE.Vector3; target: THREE.Vector3 } | null = null

interface Orbit {
  target: THREE.Vector3
  update(): void
}

/**
 * The camera as the Views menu, the bookmarks and the number keys reach it (store/viewBridge.ts): where it
 * stands, going to a saved view, perspective or orthographic, the standard views and framing the selection.
 * Going to a view changes no document and is never an undo step.
 */
export function CameraBridge({ reachMm }: { readonly reachMm: number }) {
  const camera = useThree((s) => s.camera)
  const controls = useThree((s) => s.controls) as unknown as Orbit | null
  const size = useThree((s) => s.size)
  const set = useThree((s) => s.set)
  const invalidate = useThree((s) => s.invalidate)
  const store = useEditorStore()

  useEffect(() => {
    if (!controls) return undefined
    if (pending) {
      camera.position.copy(pending.position)
      controls.target.copy(pending.target)
      camera.lookAt(pending.target)
      controls.update()
      pending = null
      invalidate()
    }
    const aspect = size.width / Math.max(1, size.height)
    const projectionOf = (c: THREE.Camera): CameraProjection =>
      c instanceof THREE.OrthographicCamera ? 'orthographic' : 'perspective'

    /** A camera of the asked projection standing where this one stands, framing the same at the target. */
    const cameraFor = (projection: CameraProjection): THREE.PerspectiveCamera | THREE.OrthographicCamera => {
      if (projectionOf(camera) === projection)
        return camera as THREE.PerspectiveCamera | THREE.OrthographicCamera
      const distance = camera.position.distanceTo(controls.target)
      const next =
        projection === 'orthographic'
          ? orthographic(distance, aspect, reachMm)
          : new THREE.PerspectiveCamera(35, aspect, 1, reachMm * 40)
      next.position.copy(camera.position)
      next.lookAt(controls.target)
      // R3F would otherwise size an orthographic frustum in pixels on every resize.
      ;(next as THREE.Camera & { manual?: boolean }).manual = projection === 'orthographic'
      return next
    }

    const place = (
      projection: CameraProjection,
      position: THREE.Vector3,
      target: THREE.Vector3,
      zoom = 1,
    ) => {
      const next = cameraFor(projection)
      next.position.copy(position)
      if (next instanceof THREE.OrthographicCamera) next.zoom = zoom
      next.lookAt(target)
      next.updateProjectionMatrix()
      controls.target.copy(target)
      if (next !== camera) {
        pending = { position: position.clone(), target: target.clone() }
        set({ camera: next })
        viewBridge.getState().projectionChanged(projection)
      }
      controls.update()
      invalidate()
    }

    const v = (p: { x: number; y: number; z: number }) => new THREE.Vector3(p.x, p.y, p.z)

    const getView = (): CameraView => ({
      projection: projectionOf(camera),
      position: { x: camera.position.x, y: camera.position.y, z: camera.position.z },
      target: { x: controls.target.x, y: controls.target.y, z: controls.target.z },
      ...(camera instanceof THREE.OrthographicCamera ? { zoom: camera.zoom } : {}),
    })

    const standard = (direction: ViewDirection): [THREE.Vector3, THREE.Vector3] => {
      const d = reachMm * 1.8
      const low = reachMm * 0.08
      switch (direction) {
        case 'top':
          return [new THREE.Vector3(0, d, 0.001), new THREE.Vector3(0, 0, 0)]
        case 'front':
          return [new THREE.Vector3(0, low, d), new THREE.Vector3(0, low, 0)]
        case 'side':
          return [new THREE.Vector3(d, low, 0), new THREE.Vector3(0, low, 0)]
        case 'perspective':
          return [
            new THREE.Vector3(reachMm * 0.55, reachMm * 0.75, reachMm * 1.05),
            new THREE.Vector3(0, 0, 0),
          ]
      }
    }

    const focusSelection = () => {
      const { scene, selection } = store.getState()
      const chosen = scene.props.filter((p) => selection.includes(p.id))
      const box = unionBox(chosen.map((p) => propBox(p))) ?? {
        min: { x: -scene.base.widthMm / 2, y: 0, z: -scene.base.depthMm / 2 },
        max: { x: scene.base.widthMm / 2, y: 10, z: scene.base.depthMm / 2 },
      }
      const centre = v(box.min).add(v(box.max)).multiplyScalar(0.5)
      const radius = Math.max(5, v(box.max).distanceTo(v(box.min)) / 2)
      const along = camera.position.clone().sub(controls.target).normalize()
      const projection = projectionOf(camera)
      const distance =
        projection === 'perspective'
          ? (radius / Math.sin(THREE.MathUtils.degToRad(35 / 2))) * 1.1
          : reachMm * 1.8
      const zoom = projection === 'orthographic' ? Math.max(0.1, (reachMm * 0.6) / radius) : 1
      place(projection, centre.clone().addScaledVector(along, distance), centre, zoom)
    }

    return viewBridge.getState().register({
      getView,
      goTo: (view) => place(view.projection, v(view.position), v(view.target), view.zoom ?? 1),
      setProjection: (projection) =>
        place(
          projection,
          camera.position.clone(),
          controls.target.clone(),
          camera instanceof THREE.OrthographicCamera ? camera.zoom : 1,
        ),
      viewFrom: (direction) => {
        const [position, target] = standard(direction)
        const projection = direction === 'perspective' ? 'perspective' : projectionOf(camera)
        place(projection, position, target)
      },
      focusSelection,
    })
  }, [camera, controls, size, set, invalidate, store, reachMm])
  return null
}

/** An orthographic camera that frames at `distance` what a 35° perspective camera would. */
function orthographic(distance: number, aspect: number, reachMm: number): THREE.OrthographicCamera {
  const half = distance * Math.tan(THREE.MathUtils.degToRad(35 / 2))
  return new THREE.OrthographicCamera(-half * aspect, half * aspect, half, -half, -reachMm * 40, reachMm * 40)
}
