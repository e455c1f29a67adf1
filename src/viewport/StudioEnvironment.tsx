import { useThree } from '@react-three/fiber'
import { useLayoutEffect } from 'react'
import * as THREE from 'three'
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js'

/**
 * Reflections for metal and foil from three's built-in studio room, prefiltered once on the GPU. Nothing is
 * fetched: drei's environment presets download an HDR and blank the canvas when offline.
 */
export function StudioEnvironment({ intensity = 0.55 }: { readonly intensity?: number }) {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const invalidate = useThree((s) => s.invalidate)
  // Before the first frame: drawn without it, every material would be compiled again once it arrives.
  useLayoutEffect(() => {
    const pmrem = new THREE.PMREMGenerator(gl)
    const room = new RoomEnvironment()
    const env = pmrem.fromScene(room, 0.04).texture
    scene.environment = env
    scene.environmentIntensity = intensity
    invalidate()
    return () => {
      scene.environment = null
      env.dispose()
      pmrem.dispose()
      room.dispose()
    }
  }, [gl, scene, intensity, invalidate])
  return null
}
