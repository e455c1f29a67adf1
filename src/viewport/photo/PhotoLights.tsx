import { StudioEnvironment } from '../StudioEnvironment'
import type { Lighting } from './lightingPresets'

interface PhotoLightsProps {
  readonly lighting: Lighting
  readonly reachMm: number
  /** Where the night lamp stands: the back left corner of the base, model mm. */
  readonly lampAt: readonly [number, number, number]
}

/** The lights of a photo preset: sky and ground fill, one shadow-casting key light, reflections, a lamp at night. */
export function PhotoLights({ lighting, reachMm, lampAt }: PhotoLightsProps) {
  const [x, y, z] = lighting.key.from
  return (
    <>
      <color attach="background" args={[lighting.background]} />
      <hemisphereLight
        args={[lighting.hemisphere.sky, lighting.hemisphere.ground, lighting.hemisphere.intensity]}
      />
      <directionalLight
        position={[reachMm * x, reachMm * y, reachMm * z]}
        intensity={lighting.key.intensity}
        color={lighting.key.color}
        castShadow
        shadow-mapSize={[2048, 2048]}
        shadow-bias={-0.0004}
        shadow-normalBias={0.3}
        shadow-radius={lighting.shadowRadius}
        shadow-camera-left={-reachMm}
        shadow-camera-right={reachMm}
        shadow-camera-top={reachMm}
        shadow-camera-bottom={-reachMm}
        shadow-camera-near={1}
        shadow-camera-far={reachMm * 4}
      />
      <StudioEnvironment intensity={lighting.environment} />
      {lighting.lamp && <Lamp at={lampAt} color={lighting.lamp.color} intensity={lighting.lamp.intensity} />}
    </>
  )
}

/** A 1:35 street lamp: a dark post, a glowing bulb, and the warm light it casts (with shadows). */
function Lamp({
  at,
  color,
  intensity,
}: {
  at: readonly [number, number, number]
  color: string
  intensity: number
}) {
  const [x, y, z] = at
  const height = 60
  return (
    <group position={[x, y, z]}>
      <mesh position={[0, height / 2, 0]} castShadow>
        <cylinderGeometry args={[0.8, 1.1, height, 12]} />
        <meshStandardMaterial color="#1d1f22" metalness={0.6} roughness={0.5} />
      </mesh>
      <mesh position={[0, height + 2, 0]}>
        <sphereGeometry args={[2.4, 16, 12]} />
        <meshStandardMaterial color={color} emissive={color} emissiveIntensity={3} />
      </mesh>
      <pointLight
        position={[0, height - 2, 0]}
        color={color}
        intensity={intensity}
        distance={0}
        decay={0.2}
        castShadow
        shadow-mapSize={[1024, 1024]}
        shadow-bias={-0.002}
      />
    </group>
  )
}
