import { TransformControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useLayoutEffect, useRef, useState } from 'react'
import * as THREE from 'three'
import { useStore } from 'zustand'
import { propBox, unionBox } from '../domain/scene/bounds'
import type { Prop } from '../domain/scene/types'
import type { EditorState } from '../store/editorStore'
import { selectedProps } from '../store/selectors'
import { snapsNow } from '../store/snapHold'
import { toolStore } from '../store/toolStore'
import { useEditor, useEditorStore } from '../store/useEditor'
import type { PropBatch } from './batch/PropBatch'
import { dragReadout, type DragReadout } from './gizmo/dragReadout'
import { dragText, selectionText } from './gizmo/dragText'
import { GroupDrag } from './gizmo/groupDrag'
import { restedHeights } from './gizmo/restedHeights'
import { gizmoDrag, selectionObjects } from './selectionObjects'

const DEG = Math.PI / 180

/** The selected props a gizmo may move: locked ones stay where they are. */
const movable = (s: EditorState): Prop[] => (s.readOnly ? [] : selectedProps(s).filter((p) => !p.locked))

/** One prop turns about its own origin; several about the middle of their footprint, on their lowest point. */
function placePivot(pivot: THREE.Object3D, props: readonly Prop[]): void {
  pivot.quaternion.identity()
  const [only] = props
  if (props.length === 1 && only)
    return void pivot.position.set(only.position.x, only.position.y, only.position.z)
  const box = unionBox(props.map((p) => propBox(p)))
  if (box) pivot.position.set((box.min.x + box.max.x) / 2, box.min.y, (box.min.z + box.max.z) / 2)
}

/** Whether the key that holds snapping off is down now (read from every key and pointer event). */
function useSnapHold(): { readonly current: boolean } {
  const held = useRef(false)
  useLayoutEffect(() => {
    const read = (e: KeyboardEvent | PointerEvent) => {
      held.current = e.altKey
    }
    const events = ['keydown', 'keyup', 'pointerdown', 'pointermove'] as const
    for (const type of events) window.addEventListener(type, read, true)
    return () => {
      for (const type of events) window.removeEventListener(type, read, true)
    }
  }, [])
  return held
}

interface GizmoParts {
  readonly _gizmo?: { gizmo?: Record<string, THREE.Object3D>; picker?: Record<string, THREE.Object3D> }
}

/**
 * Takes the free-turn ring (about the line of sight) off three's rotate gizmo: props turn about the
 * vertical only, and a turn about any other axis would tip them over.
 */
function keepVerticalTurnOnly(controls: unknown): void {
  const parts = (controls as GizmoParts | null)?._gizmo
  for (const group of [parts?.gizmo?.rotate, parts?.picker?.rotate])
    for (const handle of group?.children.filter((c) => c.name === 'E') ?? []) group?.remove(handle)
}

interface Drag {
  readonly group: GroupDrag
  readonly readout: DragReadout
  /** The selection and its size, measured when the drag started. */
  readonly selection: string
}

/**
 * The move or turn gizmo on the selection (one prop or many, moved as a unit). During a drag three.js moves
 * the props' outlines and the batch moves their instances; nothing goes through React. The drag keeps to the
 * grid and angle steps (Alt held: free), and a level move rests each prop on the surface under it, the base
 * or the prop below. The document gets one change on release: one undo step, one React commit.
 */
export default function SelectionGizmo({ batch }: { readonly batch: PropBatch }) {
  const store = useEditorStore()
  const shown = useEditor((s) => s.selection.length > 0 && movable(s).length > 0)
  const mode = useStore(toolStore, (t) => t.gizmoMode)
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const [pivot] = useState(() => new THREE.Object3D())
  const drag = useRef<Drag | null>(null)
  const snapHeld = useSnapHold()

  useLayoutEffect(() => {
    const place = () => {
      if (drag.current) return
      placePivot(pivot, movable(store.getState()))
      invalidate()
    }
    place()
    return store.subscribe((s, prev) => {
      if (s.scene !== prev.scene || s.selection !== prev.selection) place()
    })
  }, [store, pivot, invalidate, mode])
  // A gizmo taken away mid-drag (the selection cleared from the keyboard) leaves no readout behind.
  useLayoutEffect(
    () => () => {
      drag.current?.readout.remove()
      drag.current = null
      gizmoDrag.active = false
    },
    [],
  )

  if (!shown) return null

  const start = () => {
    const props = movable(store.getState())
    const host = gl.domElement.closest<HTMLElement>('.viewport') ?? gl.domElement.parentElement
    if (props.length === 0 || !host) return
    const selection = selectionText(props, store.getState().units)
    drag.current = { group: new GroupDrag(pivot, props), readout: dragReadout(host), selection }
    gizmoDrag.active = true
  }
  const follow = () => {
    const d = drag.current
    if (!d) return
    const s = store.getState()
    const snaps = snapsNow(s.snapping, { altKey: snapHeld.current })
    d.group.follow(pivot, { gridMm: snaps ? s.gridStepMm : null, angleDeg: snaps ? s.angleStepDeg : null })
    const rests = mode === 'move' && snaps && d.group.movedMm.y === 0
    const heights = rests ? restedHeights(s.scene, d.group) : undefined
    d.group.place((id, position, quaternion) => {
      const y = heights?.get(id)
      if (y !== undefined) position.y = y
      batch.setTransform(id, position, quaternion)
      const outline = selectionObjects.get(id)
      outline?.position.copy(position)
      outline?.quaternion.copy(quaternion)
    })
    d.readout.show(dragText(d.selection, d.group, s.units))
  }
  const release = () => {
    const d = drag.current
    if (!d) return
    drag.current = null
    gizmoDrag.active = false
    d.readout.remove()
    const s = store.getState()
    const moved = d.group.movedMm
    const still = moved.x === 0 && moved.y === 0 && moved.z === 0 && d.group.turnDeg === 0
    if (!still) {
      const rest = mode === 'move' && snapsNow(s.snapping, { altKey: snapHeld.current }) && moved.y === 0
      s.commitTransforms(d.group.transforms(), { rest, label: mode === 'turn' ? 'Rotate' : 'Move' })
    }
    // Whatever the document kept (the snapped place, a rest, or nothing it refused), the view shows it.
    const kept = new Map(store.getState().scene.props.map((p) => [p.id, p]))
    for (const id of d.group.ids) {
      const prop = kept.get(id)
      const outline = selectionObjects.get(id)
      if (prop && outline) {
        outline.position.set(prop.position.x, prop.position.y, prop.position.z)
        outline.rotation.set(prop.rotation.x * DEG, prop.rotation.y * DEG, prop.rotation.z * DEG)
      }
      batch.restore(id)
    }
    placePivot(pivot, movable(store.getState()))
    invalidate()
  }
  return (
    <>
      <primitive object={pivot} />
      <TransformControls
        ref={keepVerticalTurnOnly}
        object={pivot}
        mode={mode === 'turn' ? 'rotate' : 'translate'}
        showX={mode === 'move'}
        showZ={mode === 'move'}
        size={0.8}
        onMouseDown={start}
        onObjectChange={follow}
        onMouseUp={release}
      />
    </>
  )
}
