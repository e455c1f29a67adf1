import { Environment, Lightformer } from '@react-three/drei'

/**
 * A workbench lamp with soft shadows plus a studio environment built from light panels, so metal and foil have
 * something to reflect. Nothing is fetched: a drei preset would download an HDR and blank the canvas offline.
 */
export function Lights({ reachMm }: { readonly reachMm: number }) {
  return (
    <>
      <hemisphereLight args={['#fff4e6', '#3a3026', 0.6]} />
      <directionalLight
        position={[reachMm * 0.5, reachMm * 1.1, reachMm * 0.6]}
        intensity={2.2}
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
      <Environment resolution={128} frames={1}>
        <Lightformer form="rect" intensity={2.5} position={[0, 5, 0]} rotation-x={Math.PI / 2} scale={[10, 10, 1]} />
        <Lightformer form="rect" intensity={1.2} color="#ffd9b0" position={[-5, 1, -1]} rotation-y={Math.PI / 2} scale={[10, 3, 1]} />
        <Lightformer form="rect" intensity={0.8} color="#cfe0ff" position={[5, 1, 2]} rotation-y={-Math.PI / 2} scale={[10, 3, 1]} />
      </Environment>
    </>
  )
}
