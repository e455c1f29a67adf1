import { use, useRef, useState, useSyncExternalStore } from 'react'
import { placeModel } from '../domain/scene/modelProp'
import { formatMm } from '../domain/units/format'
import { formatBytes, MODEL_LIMITS } from '../models/modelLimits'
import { useModelLibraryLoader, type StoredModel } from '../store/modelLibrary'
import { useEditorStore } from '../store/useEditor'
import { loadOnce } from './loadOnce'

const sizeText = (m: StoredModel) =>
  `${formatMm(m.sizeMm.x)} × ${formatMm(m.sizeMm.y)} × ${formatMm(m.sizeMm.z)}`.replace(/ mm/g, '') + ' mm'

/**
 * The maker's own models (glTF, GLB, STL): import one, and place it like a catalog prop. Models stay in this
 * browser; a shared scene carries only a placeholder with each model's name and size.
 */

export default function ModelsSection() {
  const store = useEditorStore()
  const library = use(loadOnce(useModelLibraryLoader()))
  const models = useSyncExternalStore(library.subscribe, library.list)
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)

  const place = (model: StoredModel) => {
    const s = store.getState()
    const { prop, scale } = placeModel(s.scene, model)
    s.commit({ ...s.scene, props: [...s.scene.props, prop] }, 'Add model')
    s.select([prop.id])
    if (scale < 1)
      s.notify({
        level: 'info',
        text: `"${model.name}" is ${sizeText(model)}: placed at ${Math.round(scale * 100)} % to fit the base.`,
      })
  }

  const importFile = async (file: File) => {
    setBusy(true)
    try {
      const result = await library.importFile(file)
      if (result.ok) place(result.model)
      else store.getState().notify({ level: 'error', text: `${result.reason}. Your scene is unchanged.` })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="palette-group" role="group" aria-label="Your models">
      <h3>Your models</h3>
      <p className="hint">
        GLB, glTF or STL, up to {formatBytes(MODEL_LIMITS.maxBytes)} and{' '}
        {MODEL_LIMITS.maxTriangles.toLocaleString('en')} triangles.
      </p>
      <button type="button" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? 'Importing…' : 'Import model…'}
      </button>
      <input
        ref={input}
        type="file"
        accept=".glb,.gltf,.stl,model/gltf-binary,model/gltf+json,model/stl"
        hidden
        aria-label="Model file to import"
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void importFile(file)
        }}
      />
      <div className="palette-items models">
        {models.map((m) => (
          <button
            key={m.id}
            type="button"
            aria-label={`Add ${m.name}`}
            title={`${m.name}, ${sizeText(m)}`}
            onClick={() => place(m)}
          >
            <span>{m.name}</span>
            <span className="hint">{sizeText(m)}</span>
          </button>
        ))}
      </div>
    </div>
  )
}
