import { Grid } from '@react-three/drei'
import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import type * as THREE from 'three'
import type { Baseboard as Base } from '../domain/scene/types'

/** Camera distance (model mm) under which the 1 mm lines appear; further out they would only be a grey haze. */
const FINE_GRID_DISTANCE_MM = 220

/**
 * The baseboard at its true size, its top at y = 0, with a 10 mm grid and 1 mm lines when zoomed in (the grid
 * steps aside in photo mode).
 */
export function Baseboard({ base, grid: showGrid = true }: { readonly base: Base; readonly grid?: boolean }) {
  const grid = useRef<THREE.Mesh>(null)
  useFrame(({ camera }) => {
    const material = grid.current?.material as THREE.ShaderMaterial | undefined
    const cell = material?.uniforms.cellThickness
    if (cell) cell.value = camera.position.length() < FINE_GRID_DISTANCE_MM ? 0.6 : 0
  })
  return (
    <group>
      <mesh position={[0, -base.thicknessMm / 2, 0]} receiveShadow castShadow>
        <boxGeometry args={[base.widthMm, base.thicknessMm, base.depthMm]} />
        <meshStandardMaterial color="#6f5b46" roughness={0.9} />
      </mesh>
      <Grid
        ref={grid}
        visible={showGrid}
        args={[base.widthMm, base.depthMm]}
        position={[0, 0.05, 0]}
        cellSize={1}
        cellThickness={0}
        cellColor="#8c7a66"
        sectionSize={10}
        sectionThickness={1}
        sectionColor="#a89580"
        fadeDistance={5000}
        fadeStrength={0}
        raycast={() => null}
      />
    </group>
  )
}
