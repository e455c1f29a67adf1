import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import * as THREE from 'three'

/**
 * Where a model-mm point lands on the page, for end-to-end tests and benchmarks that must aim the mouse at a
 * prop or a gizmo handle the way a user would, without reading three.js internals.
 */
export interface ViewportProbe {
  /** Page CSS pixels of a point in model mm. */
  toScreen(x: number, y: number, z: number): { x: number; y: number }
  /** Camera distance to a point in model mm (the gizmo's on-screen size follows it). */
  cameraDistance(x: number, y: number, z: number): number
}

declare global {
  interface Window {
    __dioramaProbe?: ViewportProbe
  }
}

export function ProbeHooks() {
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  useEffect(() => {
    const v = new THREE.Vector3()
    window.__dioramaProbe = {
      toScreen: (x, y, z) => {
        const rect = gl.domElement.getBoundingClientRect()
        v.set(x, y, z).project(camera)
        return { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height }
      },
      cameraDistance: (x, y, z) => camera.position.distanceTo(v.set(x, y, z)),
    }
    return () => {
      delete window.__dioramaProbe
    }
  }, [camera, gl])
  return null
}
