import { useId } from 'react'
import { MATERIAL_LABELS } from '../domain/catalog'
import type { MaterialKind } from '../domain/catalog/types'
import { setModelMaterial } from '../domain/scene/modelProp'
import type { CustomModelProp } from '../domain/scene/types'
import { useEditorStore } from '../store/useEditor'

const MATERIALS = Object.keys(MATERIAL_LABELS) as MaterialKind[]

/** An imported model's own fields: which file it is, and which catalog material it is drawn as. */
export function ModelFields({ prop }: { readonly prop: CustomModelProp }) {
  const store = useEditorStore()
  const id = useId()
  return (
    <>
      <h3>Imported model</h3>
      <p className="hint">From “{prop.model.name}”. Its size comes from the file.</p>
      <div className="field">
        <label htmlFor={id}>Material</label>
        <select
          id={id}
          value={prop.model.material ?? 'plastic'}
          onChange={(e) => {
            const s = store.getState()
            s.commit(setModelMaterial(s.scene, prop.id, e.target.value as MaterialKind), 'Change material')
          }}
        >
          {MATERIALS.map((m) => (
            <option key={m} value={m}>
              {MATERIAL_LABELS[m]}
            </option>
          ))}
        </select>
      </div>
    </>
  )
}
