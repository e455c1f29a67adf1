import { useShallow } from 'zustand/react/shallow'
import type { Prop } from '../domain/scene/types'
import { propSize } from '../domain/scene/propGeometry'
import { useEditor } from '../store/useEditor'
import { SelectionBox } from './SelectionBox'
import { selectionObjects } from './selectionObjects'

const DEG = Math.PI / 180

/** The selected props, found without a search per id when many are selected. */
function selectedProps(props: readonly Prop[], selection: readonly string[]): Prop[] {
  if (selection.length === 0) return []
  if (selection.length <= 8) return selection.flatMap((id) => props.find((p) => p.id === id) ?? [])
  const wanted = new Set(selection)
  return props.filter((p) => wanted.has(p.id))
}

/** An amber outline round each selected prop, placed where the document says it is. */
export function SelectionOutlines() {
  const selected = useEditor(useShallow((s) => selectedProps(s.scene.props, s.selection)))
  return (
    <>
      {selected.map((prop) => (
        <group
          key={prop.id}
          ref={(g) => {
            if (g) selectionObjects.set(prop.id, g)
            return () => {
              if (selectionObjects.get(prop.id) === g) selectionObjects.delete(prop.id)
            }
          }}
          position={[prop.position.x, prop.position.y, prop.position.z]}
          rotation={[prop.rotation.x * DEG, prop.rotation.y * DEG, prop.rotation.z * DEG]}
        >
          <SelectionBox size={propSize(prop)} />
        </group>
      ))}
    </>
  )
}
