import { useThree, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useState } from 'react'
import { useEditorStore } from '../store/useEditor'
import { PropBatch } from './batch/PropBatch'

/** A press that moved further than this (px) was an orbit, not a click. */
const CLICK_SLOP_PX = 4

/**
 * Every prop of the document, drawn by one batch (handed up with `onBatch`, for the gizmo). This component
 * renders once: the batch follows the store directly, so an edit costs no React render here whatever the
 * number of props, and only the props whose objects changed are touched.
 */
export default function PropsLayer({ onBatch }: { readonly onBatch: (batch: PropBatch) => void }) {
  const store = useEditorStore()
  const invalidate = useThree((s) => s.invalidate)
  const [batch] = useState(() => new PropBatch())
  useLayoutEffect(() => {
    batch.sync(store.getState().scene.props)
    invalidate()
    return store.subscribe((state, prev) => {
      if (state.scene.props === prev.scene.props) return
      batch.sync(state.scene.props)
      invalidate()
    })
  }, [batch, store, invalidate])
  useEffect(() => {
    onBatch(batch)
    return () => batch.release()
  }, [batch, onBatch])

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > CLICK_SLOP_PX || e.batchId === undefined) return
    const id = batch.propAt(e.batchId)
    if (!id) return
    e.stopPropagation()
    const s = store.getState()
    if (!(e.shiftKey || e.ctrlKey || e.metaKey)) return s.select([id])
    s.select(s.selection.includes(id) ? s.selection.filter((x) => x !== id) : [...s.selection, id])
  }
  return <primitive object={batch.mesh} onClick={onClick} />
}
