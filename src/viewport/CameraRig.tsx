import { OrbitControls } from '@react-three/drei'
import { CameraBridge } from './CameraBridge'

/**
 * The camera's controls: orbit, pan and zoom with the mouse or fingers, and the Views menu's bridge. Its
 * own chunk (three's OrbitControls is a good part of it), fetched while the app boots: the first frame
 * does not wait for it, and a maker's first drag comes seconds later.
 */
export default function CameraRig({ reachMm }: { readonly reachMm: number }) {
  return (
    <>
      <OrbitControls
        makeDefault
        enableDamping={false}
        minDistance={15}
        maxDistance={reachMm * 8}
        maxPolarAngle={Math.PI * 0.495}
      />
      <CameraBridge reachMm={reachMm} />
    </>
  )
}
