import { Canvas } from '@react-three/fiber'
import { lazy, Suspense, useState } from 'react'
import { useStore } from 'zustand'
import { measureStore } from '../store/measureStore'
import { usePhoto } from '../store/photoStore'
import { useReference } from '../store/referenceStore'
import { useEditor, useEditorStore } from '../store/useEditor'
import { Baseboard } from './Baseboard'
import type { PropBatch } from './batch/PropBatch'
import { FrameCounter } from './FrameCounter'
import { Lights } from './Lights'
import { ScaleFigure } from './ScaleFigure'
import { SelectionOutlines } from './SelectionOutlines'
import { ProbeHooks } from './ProbeHooks'
import { TextureArrivals } from './TextureArrivals'
import { ThumbnailCamera } from './ThumbnailCamera'

// The move gizmo (three's TransformControls) is only needed once a prop is selected: load it then.
const SelectionGizmo = lazy(() => import('./SelectionGizmo'))
// The props' renderer (batch, look atlas, geometry) is its own chunk, asked for as soon as this module runs:
// it downloads while the app boots (reads the autosave, parses it) instead of before the app starts.
const propsLayer = import('./PropsLayer')
const PropsLayer = lazy(() => propsLayer)
// The orbit controls and the Views bridge, asked for at once in the same way: nobody drags before the first frame.
const cameraRig = import('./CameraRig')
const CameraRig = lazy(() => cameraRig)
// Photo mode's lights, miniature effect and PNG capture (postprocessing) load when photo mode opens.
const PhotoStage = lazy(() => import('./photo/PhotoStage'))
// A reference photo of the real place, when the maker has one for this scene.
const ReferencePlane = lazy(() => import('./ReferencePlane'))
// Box selection listens from the start (Shift+drag); the measuring tape loads when it is taken out.
const Marquee = lazy(() => import('./Marquee'))
const MeasureTool = lazy(() => import('./MeasureTool'))

/** The 3D view: a projection of the document, drawn only when something changes (frameloop="demand"). */
export default function Viewport() {
  const base = useEditor((s) => s.scene.base)
  const scale = useEditor((s) => s.scene.scale)
  const showFigure = useEditor((s) => s.showFigure)
  const store = useEditorStore()
  const reach = Math.max(base.widthMm, base.depthMm)
  const [batch, setBatch] = useState<PropBatch>()
  const photo = usePhoto((s) => s.open)
  const hasReference = useReference((s) => s.photo !== null)
  const measuring = useStore(measureStore, (m) => m.active)
  return (
    <Canvas
      frameloop="demand"
      shadows="percentage"
      dpr={[1, 2]}
      camera={{ fov: 35, near: 1, far: reach * 40, position: [reach * 0.55, reach * 0.75, reach * 1.05] }}
      gl={{ antialias: true, preserveDrawingBuffer: false }}
      onPointerMissed={(e) => {
        if (e.type === 'click' && !measureStore.getState().active) store.getState().select([])
      }}
    >
      {/* Nothing is drawn before the props' renderer has loaded: a first frame without the props would
          only give the GPU a picture nobody needs, ahead of the one that shows the scene. Frames are counted
          from there. */}
      <Suspense fallback={null}>
        {photo ? (
          <Suspense fallback={<Lights reachMm={reach} />}>
            <PhotoStage />
          </Suspense>
        ) : (
          <>
            <color attach="background" args={['#2b2f33']} />
            <Lights reachMm={reach} />
          </>
        )}
        <Baseboard base={base} grid={!photo} />
        <PropsLayer onBatch={setBatch} />
        <FrameCounter />
      </Suspense>
      {hasReference && (
        <Suspense fallback={null}>
          <ReferencePlane />
        </Suspense>
      )}
      {!photo && <SelectionOutlines />}
      {showFigure && <ScaleFigure scale={scale} base={base} />}
      <Suspense fallback={null}>{batch && !photo && <SelectionGizmo batch={batch} />}</Suspense>
      <Suspense fallback={null}>
        {!photo && <Marquee />}
        {measuring && !photo && <MeasureTool />}
      </Suspense>
      <TextureArrivals />
      <Suspense fallback={null}>
        <CameraRig reachMm={reach} />
      </Suspense>
      <ProbeHooks />
      <ThumbnailCamera />
    </Canvas>
  )
}
