import { useCallback } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useEditor, useEditorStore } from '../store/useEditor'
import { PropMesh } from './PropMesh'

/** Every prop of the document; each re-renders only when its own prop object or selection changes. */
export function PropsLayer() {
  const props = useEditor((s) => s.scene.props)
  const selection = useEditor(useShallow((s) => s.selection))
  const store = useEditorStore()
  const onPick = useCallback(
    (id: string, additive: boolean) => {
      const current = store.getState().selection
      if (!additive) return store.getState().select([id])
      store.getState().select(current.includes(id) ? current.filter((x) => x !== id) : [...current, id])
    },
    [store],
  )
  return (
    <>
      {props.map((p) => (
        <PropMesh key={p.id} prop={p} selected={selection.includes(p.id)} onPick={onPick} />
      ))}
    </>
  )
}
