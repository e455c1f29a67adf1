import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import * as THREE from 'three'
import { aimAt, pagePoint, pickProp, propsObject } from './screenSpace'

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
    const rect = () => gl.domElement.getBoundingClientRect()
    window.__dioramaProbe = {
      toScreen: (x, y, z) => {
        const { x: px, y: py } = pagePoint({ x, y, z }, camera, rect())
        return { x: px, y: py }
      },
      cameraDistance: (x, y, z) => camera.position.distanceTo(v.set(x, y, z)),
      pick: (x, y) => {
        aimAt(raycaster, x, y, camera, rect())
        const props = propsObject(scene)
        const started = performance.now()
        const picked = pickProp(raycaster, props)
        const ms = performance.now() - started
        return { propId: picked?.propId ?? null, ms }
      },
    }
    return () => {
      delete window.__dioramaProbe
    }
  }, [camera, gl, scene])
  return null
}
