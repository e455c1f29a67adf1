import { Html, Line } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import * as THREE from 'three'
import { useStore } from 'zustand'
import { propCorners, snapMeasurePoint, type SnappedPoint } from '../domain/scene/measureSnap'
import type { Baseboard, Prop, Scene } from '../domain/scene/types'
import { formatModel } from '../domain/units/unitSystem'
import { vec3, type Vec3 } from '../domain/units/vec'
import { distanceMm, measureStore } from '../store/measureStore'
import { useEditor, useEditorStore } from '../store/useEditor'
import { aimAt, CLICK_SLOP_PX, pagePoint, pickProp, propsObject } from './screenSpace'

const TAPE = '#4fd1ff'
/** Where to look for a prop when the pointer is just off one: eight directions, half the snapping reach. */
const NEAR_MISS_PX: readonly (readonly [number, number])[] = [
  [6, 0],
  [-6, 0],
  [0, 6],
  [0, -6],
  [4, 4],
  [-4, 4],
  [4, -4],
  [-4, -4],
]

/** The top of the base as a flat box, so the tape snaps to its corners and edges like a prop's. */
function baseCorners(base: Baseboard): Vec3[] {
  const w = base.widthMm / 2
  const d = base.depthMm / 2
  const top = [vec3(-w, 0, -d), vec3(w, 0, -d), vec3(-w, 0, d), vec3(w, 0, d)]
  return [...top, ...top]
}

/**
 * The measuring tape in the 3D view: while it is out, a click puts a point on what is under the pointer,
 * snapped to a prop's (or the base's) corner or edge within reach, and a hover shows where it would land.
 * Two points are joined by a line labelled with their distance; the Measure panel reads the same points.
 */
export default function MeasureTool() {
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const scene3d = useThree((s) => s.scene)
  const invalidate = useThree((s) => s.invalidate)
  const store = useEditorStore()
  const units = useEditor((s) => s.units)
  const reach = useEditor((s) => Math.max(s.scene.base.widthMm, s.scene.base.depthMm))
  const points = useStore(measureStore, (m) => m.points)
  const marker = useRef<THREE.Mesh>(null)

  useEffect(() => {
    const canvas = gl.domElement
    const raycaster = new THREE.Raycaster()
    const onBase = new THREE.Vector3()
    const plane = new THREE.Plane(new THREE.Vector3(0, 1, 0), 0)
    const toScreen = (p: Vec3) => pagePoint(p, camera, canvas.getBoundingClientRect())
    /** The prop under these page pixels, and where its surface is met. */
    const castAt = (x: number, y: number): { prop: Prop; point: Vec3; distance: number } | undefined => {
      aimAt(raycaster, x, y, camera, canvas.getBoundingClientRect())
      const picked = pickProp(raycaster, propsObject(scene3d))
      const prop = picked && store.getState().scene.props.find((p) => p.id === picked.propId)
      if (!picked || !prop) return undefined
      const { point, distance } = picked.hit
      return { prop, point: vec3(point.x, point.y, point.z), distance }
    }
    /** What a click at these page pixels would measure to, or nothing off the base and the props. */
    const aim = (x: number, y: number): SnappedPoint | undefined => {
      const doc: Scene = store.getState().scene
      const pointer = { x, y }
      const hit = castAt(x, y)
      // castAt left the ray of (x, y) in the raycaster: where it meets the top of the base.
      const base = raycaster.ray.intersectPlane(plane, onBase)
      const onTop =
        base !== null && Math.abs(base.x) <= doc.base.widthMm / 2 && Math.abs(base.z) <= doc.base.depthMm / 2
      if (hit && (!onTop || hit.distance <= raycaster.ray.origin.distanceTo(onBase)))
        return snapMeasurePoint(hit.point, propCorners(hit.prop), pointer, toScreen)
      // Just off a prop's outline, its corners and edges still catch the tape.
      for (const [dx, dy] of NEAR_MISS_PX) {
        const near = castAt(x + dx, y + dy)
        const snapped = near && snapMeasurePoint(near.point, propCorners(near.prop), pointer, toScreen)
        if (snapped && snapped.kind !== 'surface') return snapped
      }
      if (!onTop) return undefined
      return snapMeasurePoint(vec3(base.x, 0, base.z), baseCorners(doc.base), pointer, toScreen)
    }
    let down: { x: number; y: number } | undefined
    const onDown = (e: PointerEvent) => {
      down = { x: e.clientX, y: e.clientY }
    }
    const onClick = (e: MouseEvent) => {
      if (!down || Math.hypot(e.clientX - down.x, e.clientY - down.y) > CLICK_SLOP_PX) return
      const snapped = aim(e.clientX, e.clientY)
      if (snapped) measureStore.getState().addPoint(snapped.point)
    }
    const onMove = (e: PointerEvent) => {
      const m = marker.current
      if (!m || e.buttons !== 0) return
      const snapped = aim(e.clientX, e.clientY)
      m.visible = snapped !== undefined
      if (snapped) m.position.set(snapped.point.x, snapped.point.y, snapped.point.z)
      invalidate()
    }
    const cursor = canvas.style.cursor
    canvas.style.cursor = 'crosshair'
    canvas.addEventListener('pointerdown', onDown)
    canvas.addEventListener('click', onClick)
    canvas.addEventListener('pointermove', onMove)
    return () => {
      canvas.style.cursor = cursor
      canvas.removeEventListener('pointerdown', onDown)
      canvas.removeEventListener('click', onClick)
      canvas.removeEventListener('pointermove', onMove)
    }
  }, [gl, camera, scene3d, store, invalidate])

  useEffect(() => invalidate(), [points, invalidate])
  const dot = reach * 0.004
  const [a, b] = points
  return (
    <group>
      <mesh ref={marker} visible={false} renderOrder={20} raycast={() => null}>
        <sphereGeometry args={[dot, 12, 8]} />
        <meshBasicMaterial color={TAPE} depthTest={false} transparent opacity={0.6} />
      </mesh>
      {points.map((p, i) => (
        <mesh key={i} position={[p.x, p.y, p.z]} renderOrder={20} raycast={() => null}>
          <sphereGeometry args={[dot, 12, 8]} />
          <meshBasicMaterial color={TAPE} depthTest={false} transparent />
        </mesh>
      ))}
      {a && b && (
        <>
          <Line
            points={[
              [a.x, a.y, a.z],
              [b.x, b.y, b.z],
            ]}
            color={TAPE}
            lineWidth={2}
            depthTest={false}
            renderOrder={20}
          />
          <Html position={[(a.x + b.x) / 2, (a.y + b.y) / 2, (a.z + b.z) / 2]} center className="tape-label">
            {formatModel(distanceMm(a, b), units)}
          </Html>
        </>
      )}
    </group>
  )
}
