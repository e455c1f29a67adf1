import { StudioEnvironment } from './StudioEnvironment'

/** A warm workbench lamp with soft shadows, a sky/floor fill, and a studio room for metal to reflect. */
export function Lights({ reachMm }: { readonly reachMm: number }) {
  return (
    <>
      <hemisphereLight args={['#fff1de', '#3a3026', 0.45]} />
      <directionalLight
        position={[reachMm * 0.5, reachMm * 1.1, reachMm * 0.6]}
        intensity={1.6}
        color="#fff3e2"
        castShadow
        shadow-mapSize={[2048, 2048]}
        shadow-bias={-0.0004}
        shadow-normalBias={0.3}
        shadow-radius={4}
        shadow-camera-left={-reachMm}
        shadow-camera-right={reachMm}
        shadow-camera-top={reachMm}
        shadow-camera-bottom={-reachMm}
        shadow-camera-near={1}
        shadow-camera-far={reachMm * 4}
      />
      <StudioEnvironment />
    </>
  )
}
