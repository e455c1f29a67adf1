import { useFrame, useThree } from '@react-three/fiber'
import { DepthOfFieldEffect, EffectComposer, EffectPass, RenderPass } from 'postprocessing'
import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import { photoStore, usePhoto } from '../../store/photoStore'
import { useEditor } from '../../store/useEditor'
import { LIGHTING } from './lightingPresets'
import { PhotoLights } from './PhotoLights'
import { renderPng } from './renderPng'

/** Blur of the miniature look at full strength, in postprocessing's bokeh scale. */
const MAX_BOKEH = 6

/**
 * Photo mode inside the canvas: the preset's lights, the miniature (shallow focus) effect focused where the
 * maker clicked, and the PNG capture. Loaded only when photo mode opens (postprocessing is heavy).
 */
export default function PhotoStage() {
  const base = useEditor((s) => s.scene.base)
  const lighting = usePhoto((s) => LIGHTING[s.lighting])
  const miniature = usePhoto((s) => s.miniature)
  const focus = usePhoto((s) => s.focus)
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera) as THREE.PerspectiveCamera
  const size = useThree((s) => s.size)
  const invalidate = useThree((s) => s.invalidate)
  const reach = Math.max(base.widthMm, base.depthMm)

  const { composer, dof } = useMemo(() => {
    const composer = new EffectComposer(gl)
    const dof = new DepthOfFieldEffect(camera, { focusRange: reach * 0.15, bokehScale: 0 })
    composer.addPass(new RenderPass(scene, camera))
    composer.addPass(new EffectPass(camera, dof))
    return { composer, dof }
  }, [gl, scene, camera, reach])
  useEffect(() => () => composer.dispose(), [composer])
  useEffect(() => composer.setSize(size.width, size.height), [composer, size])
  useEffect(() => {
    dof.bokehScale = miniature * MAX_BOKEH
    dof.target = focus ? new THREE.Vector3(focus.x, focus.y, focus.z) : new THREE.Vector3(0, 0, 0)
    invalidate()
  }, [dof, miniature, focus, invalidate])

  // Priority 1: this frame callback draws the picture instead of R3F's own render.
  useFrame(() => composer.render(), 1)

  // Clicking the scene sets the focus there (a click, not the end of an orbit drag).
  useEffect(() => {
    const canvas = gl.domElement
    let down: { x: number; y: number } | null = null
    const onDown = (e: PointerEvent) => (down = { x: e.clientX, y: e.clientY })
    const onUp = (e: PointerEvent) => {
      if (!down || Math.hypot(e.clientX - down.x, e.clientY - down.y) > 4) return
      const rect = canvas.getBoundingClientRect()
      const ndc = new THREE.Vector2(
        ((e.clientX - rect.left) / rect.width) * 2 - 1,
        -((e.clientY - rect.top) / rect.height) * 2 + 1,
      )
      const ray = new THREE.Raycaster()
      ray.setFromCamera(ndc, camera)
      const hit = ray.intersectObjects(scene.children, true).find((h) => h.object instanceof THREE.Mesh)
      if (hit) photoStore.getState().setFocus({ x: hit.point.x, y: hit.point.y, z: hit.point.z })
    }
    canvas.addEventListener('pointerdown', onDown)
    canvas.addEventListener('pointerup', onUp)
    return () => {
      canvas.removeEventListener('pointerdown', onDown)
      canvas.removeEventListener('pointerup', onUp)
    }
  }, [gl, scene, camera])

  useEffect(() => {
    const draw = (shot: THREE.Camera) => {
      composer.passes.forEach((p) => (p.mainCamera = shot))
      composer.render()
      composer.passes.forEach((p) => (p.mainCamera = camera))
    }
    photoStore.getState().setCapture(async (request) => {
      const bokeh = dof.bokehScale
      // The blur keeps its share of the picture however many pixels wide the picture is.
      dof.bokehScale = bokeh * (request.widthPx / gl.domElement.width)
      try {
        return await renderPng({ gl, scene, camera, draw, composer }, request)
      } finally {
        dof.bokehScale = bokeh
        invalidate()
      }
    })
    return () => photoStore.getState().setCapture(null)
  }, [gl, scene, camera, composer, dof, invalidate])

  return (
    <PhotoLights
      lighting={lighting}
      reachMm={reach}
      lampAt={[-base.widthMm / 2 + 12, 0, -base.depthMm / 2 + 12]}
    />
  )
}
