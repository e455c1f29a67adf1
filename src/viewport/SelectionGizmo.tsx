import { TransformControls } from '@react-three/drei'
import { useEffect, useState } from 'react'
import type * as THREE from 'three'
import { snapVec, vec3 } from '../domain/units/vec'
import { useEditor, useEditorStore } from '../store/useEditor'
import type { PropBatch } from './batch/PropBatch'
import { selectionObjects } from './selectionObjects'

/** Gizmo steps: 1 mm, what a maker can mark and cut. */
export const MOVE_SNAP_MM = 1

/**
 * A move gizmo on the single selected prop. During the drag three.js moves the prop's outline and the batch
 * moves its instances to follow; the document gets one change on release, so a drag costs no React renders
 * and is one undo step.
 */
export default function SelectionGizmo({ batch }: { readonly batch: PropBatch }) {
  const selectedId = useEditor((s) => (s.selection.length === 1 && !s.readOnly ? s.selection[0] : undefined))
  const scene = useEditor((s) => s.scene)
  const store = useEditorStore()
  const [held, setHeld] = useState<{ id: string; object: THREE.Object3D } | undefined>()
  // The outline's group mounts in the same commit as the selection; pick it up after.
  useEffect(() => {
    const found = selectedId ? selectionObjects.get(selectedId) : undefined
    setHeld(selectedId && found ? { id: selectedId, object: found } : undefined)
  }, [selectedId, scene])
  // For one render after the selection moves to another prop, the held outline is the old one, already gone
  // from the scene graph: never attach the gizmo to it.
  const object = held && held.id === selectedId && held.object.parent ? held.object : undefined
  if (!selectedId || !object) return null
  const follow = () => batch.setTransform(selectedId, object.position, object.quaternion)
  const commit = () => {
    const p = object.position
    store.getState().moveProp(selectedId, snapVec(vec3(p.x, p.y, p.z), MOVE_SNAP_MM))
    // Whatever the document kept (the snapped place, or none if it refused the move), the outline and the
    // batch show it.
    const kept = store.getState().scene.props.find((q) => q.id === selectedId)
    if (kept) object.position.set(kept.position.x, kept.position.y, kept.position.z)
    batch.restore(selectedId)
  }
  return (
    <TransformControls
      object={object}
      mode="translate"
      translationSnap={MOVE_SNAP_MM}
      size={0.8}
      onObjectChange={follow}
      onMouseUp={commit}
    />
  )
}
