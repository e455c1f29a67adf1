import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type * as THREE from 'three'
import { boxCentre, propBox } from '../domain/scene/bounds'
import { withGroupMates } from '../domain/scene/groupProps'
import type { PropId, Scene } from '../domain/scene/types'
import { measureStore } from '../store/measureStore'
import { toolStore } from '../store/toolStore'
import { useEditorStore } from '../store/useEditor'
import { CLICK_SLOP_PX, pagePoint } from './screenSpace'
import { gizmoDrag } from './selectionObjects'

interface Rect {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

/** The shown props whose middle lies inside a rectangle of page pixels, as the camera sees them. */
function propsInside(scene: Scene, rect: Rect, camera: THREE.Camera, canvas: DOMRect): PropId[] {
  const inside: PropId[] = []
  for (const prop of scene.props) {
    if (prop.hidden) continue
    const { x, y, depth } = pagePoint(boxCentre(propBox(prop)), camera, canvas)
    if (depth < -1 || depth > 1) continue
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) inside.push(prop.id)
  }
  return inside
}

/**
 * Box selection: Shift+drag on the 3D view (or any drag while the Box select tool is on) draws a rectangle
 * and selects the props whose middles it holds, with their group mates. Shift adds to the selection; the tool
 * alone replaces it. While a box is drawn the camera stays still; a press that does not move stays a click.
 */
export default function Marquee() {
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  const controls = useThree((s) => s.controls) as unknown as { enabled: boolean } | null
  const store = useEditorStore()

  useEffect(() => {
    const host = gl.domElement.closest<HTMLElement>('.viewport')
    if (!host) return undefined
    let press: { x: number; y: number; id: number; add: boolean } | undefined
    let box: HTMLElement | undefined
    const rectOf = (e: PointerEvent): Rect | undefined =>
      press && {
        left: Math.min(press.x, e.clientX),
        top: Math.min(press.y, e.clientY),
        right: Math.max(press.x, e.clientX),
        bottom: Math.max(press.y, e.clientY),
      }
    const finish = () => {
      press = undefined
      box?.remove()
      box = undefined
      if (controls) controls.enabled = true
    }
    const onDown = (e: PointerEvent) => {
      const tool = toolStore.getState().boxSelect
      const wanted = e.button === 0 && e.isPrimary && (e.shiftKey || tool) && !measureStore.getState().active
      if (!wanted || !(e.target instanceof HTMLCanvasElement) || store.getState().readOnly) return
      press = { x: e.clientX, y: e.clientY, id: e.pointerId, add: e.shiftKey }
      // The orbit controls saw the press too: keep them from orbiting or panning while the box is drawn.
      if (controls) controls.enabled = false
    }
    const onMove = (e: PointerEvent) => {
      if (press && gizmoDrag.active) return finish()
      const rect = press && e.pointerId === press.id ? rectOf(e) : undefined
      if (!rect) return
      if (!box && rect.right - rect.left < CLICK_SLOP_PX && rect.bottom - rect.top < CLICK_SLOP_PX) return
      if (!box) {
        box = document.createElement('div')
        box.className = 'marquee'
        box.setAttribute('aria-hidden', 'true')
        host.appendChild(box)
      }
      const at = host.getBoundingClientRect()
      box.style.left = `${rect.left - at.left}px`
      box.style.top = `${rect.top - at.top}px`
      box.style.width = `${rect.right - rect.left}px`
      box.style.height = `${rect.bottom - rect.top}px`
    }
    const onUp = (e: PointerEvent) => {
      if (!press || e.pointerId !== press.id) return
      const rect = box ? rectOf(e) : undefined
      const add = press.add
      finish()
      if (!rect) return
      const s = store.getState()
      const ids = withGroupMates(
        s.scene,
        propsInside(s.scene, rect, camera, gl.domElement.getBoundingClientRect()),
      )
      if (add) s.addToSelection(ids)
      else s.select(ids)
    }
    host.addEventListener('pointerdown', onDown, true)
    window.addEventListener('pointermove', onMove, true)
    window.addEventListener('pointerup', onUp, true)
    window.addEventListener('pointercancel', finish, true)
    return () => {
      finish()
      host.removeEventListener('pointerdown', onDown, true)
      window.removeEventListener('pointermove', onMove, true)
      window.removeEventListener('pointerup', onUp, true)
      window.removeEventListener('pointercancel', finish, true)
    }
  }, [gl, camera, controls, store])
  return null
}
