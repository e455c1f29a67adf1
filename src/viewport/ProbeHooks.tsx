import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import * as THREE from 'three'
import { PROPS_OBJECT } from './batch/propsObject'

/**
 * Where a model-mm point lands on the page, for end-to-end tests and benchmarks that must aim the mouse at a
 * prop or a gizmo handle the way a user would, without reading three.js internals.
 */
export interface ViewportProbe {
  /** Page CSS pixels of a point in model mm. */
  toScreen(x: number, y: number, z: number): { x: number; y: number }
  /** Camera distance to a point in model mm (the gizmo's on-screen size follows it). */
  cameraDistance(x: number, y: number, z: number): number
  /**
   * The prop a click at page CSS pixels would pick, and how long the props' raycast took (ms): the same
   * raycast a click runs, timed on its own for the benchmarks.
   */
  pick(x: number, y: number): { propId: string | null; ms: number }
}

declare global {
  interface Window {
    __dioramaProbe?: ViewportProbe
  }
}

export function ProbeHooks() {
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  useEffect(() => {
    const v = new THREE.Vector3()
    const raycaster = new THREE.Raycaster()
    const ndc = new THREE.Vector2()
    window.__dioramaProbe = {
      toScreen: (x, y, z) => {
        const rect = gl.domElement.getBoundingClientRect()
        v.set(x, y, z).project(camera)
        return { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height }
      },
      cameraDistance: (x, y, z) => camera.position.distanceTo(v.set(x, y, z)),
      pick: (x, y) => {
        const rect = gl.domElement.getBoundingClientRect()
        ndc.set(((x - rect.left) / rect.width) * 2 - 1, 1 - ((y - rect.top) / rect.height) * 2)
        raycaster.setFromCamera(ndc, camera)
        const props = scene.getObjectByName(PROPS_OBJECT)
        const started = performance.now()
        const hit = props ? raycaster.intersectObject(props, false)[0] : undefined
        const ms = performance.now() - started
        const propAt = props?.userData.propAt as ((instance: number) => string | undefined) | undefined
        const propId = hit?.batchId !== undefined ? (propAt?.(hit.batchId) ?? null) : null
        return { propId, ms }
      },
    }
    return () => {
      delete window.__dioramaProbe
    }
  }, [camera, gl, scene])
  return null
}
