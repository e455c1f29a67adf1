import { useThree, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useState } from 'react'
import { withGroupMates } from '../domain/scene/groupProps'
import { isCustomModel, type Prop } from '../domain/scene/types'
import { measureStore } from '../store/measureStore'
import { useModelLibraryLoader } from '../store/modelLibrary'
import { useEditorStore } from '../store/useEditor'
import { provideModel } from './batch/customModels'
import { PropBatch } from './batch/PropBatch'
import { CLICK_SLOP_PX } from './screenSpace'

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
    batch.warmUpPicking()
    invalidate()
    return store.subscribe((state, prev) => {
      if (state.scene.props === prev.scene.props) return
      batch.sync(state.scene.props)
      invalidate()
    })
  }, [batch, store, invalidate])
  const loadModels = useModelLibraryLoader()
  useEffect(() => {
    let stop: (() => void) | undefined
    let gone = false
    void loadModels().then((library) => {
      if (gone) return
      const asked = new Set<string>()
      // A model file that arrives replaces its props' boxes: those props leave the batch and come back.
      const arrived = (ids: ReadonlySet<string>) => {
        const props = store.getState().scene.props
        const affected = (p: Prop) => isCustomModel(p) && ids.has(p.model.id)
        if (!props.some(affected)) return
        batch.sync(props.filter((p) => !affected(p)))
        batch.sync(props)
        invalidate()
      }
      const askFor = (props: readonly Prop[]) => {
        for (const p of props) {
          if (!isCustomModel(p) || asked.has(p.model.id)) continue
          const id = p.model.id
          asked.add(id)
          void library.load(id).then((model) => {
            if (!model || gone) return
            provideModel(model)
            arrived(new Set([id]))
          })
        }
      }
      askFor(store.getState().scene.props)
      stop = store.subscribe((state, prev) => {
        if (state.scene.props !== prev.scene.props) askFor(state.scene.props)
      })
    })
    return () => {
      gone = true
      stop?.()
    }
  }, [batch, store, invalidate, loadModels])
  useEffect(() => {
    onBatch(batch)
    return () => batch.release()
  }, [batch, onBatch])

  /** The prop a click landed on, unless it was the end of an orbit or the tape is out (it takes clicks). */
  const clicked = (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > CLICK_SLOP_PX || e.batchId === undefined || measureStore.getState().active) return undefined
    const id = batch.propAt(e.batchId)
    if (id) e.stopPropagation()
    return id
  }
  // A click takes the prop with its group mates (a group is one thing); Shift or Ctrl adds or takes it out.
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    const id = clicked(e)
    if (!id) return
    const s = store.getState()
    const unit = withGroupMates(s.scene, [id])
    if (!(e.shiftKey || e.ctrlKey || e.metaKey)) return s.select(unit)
    if (s.selection.includes(id)) s.removeFromSelection(unit)
    else s.addToSelection(unit)
  }
  // A double click takes the one prop out of its group's selection, to edit it alone.
  const onDoubleClick = (e: ThreeEvent<MouseEvent>) => {
    const id = clicked(e)
    if (id && !(e.shiftKey || e.ctrlKey || e.metaKey)) store.getState().select([id])
  }
  return <primitive object={batch.mesh} onClick={onClick} onDoubleClick={onDoubleClick} />
}
