import { lazy, Suspense, useId, useState } from 'react'
import { FAMILIES, MATERIAL_LABELS } from '../domain/catalog'
import type { MaterialKind } from '../domain/catalog/types'
import { useEditorStore } from '../store/useEditor'
import { PropThumbnail } from './PropThumbnail'

const MATERIALS = Object.keys(MATERIAL_LABELS) as MaterialKind[]
// The maker's own models (import, storage) load after the first frame.
const ModelsSection = lazy(() => import('./ModelsSection'))

/** Words a maker might type: the label, the material, and the kind id ("rust.oil-drum"). */
const matches = (query: string) => {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  return (f: (typeof FAMILIES)[number]) => {
    const text = `${f.label} ${MATERIAL_LABELS[f.material]} ${f.kind}`.toLowerCase()
    return words.every((w) => text.includes(w))
  }
}

/** The props a maker can place, grouped by what they are made of, with a search. A click adds one on a free spot. */
export function Palette() {
  const store = useEditorStore()
  const searchId = useId()
  const [query, setQuery] = useState('')
  const shown = FAMILIES.filter(matches(query))
  return (
    <section className="panel palette" aria-labelledby="palette-title">
      <h2 id="palette-title">Palette</h2>
      <label htmlFor={searchId} className="visually-hidden">
        Search props
      </label>
      <input
        id={searchId}
        type="search"
        placeholder="Search props…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {shown.length === 0 && <p className="hint">No prop matches “{query}”.</p>}
      {MATERIALS.map((material) => {
        const families = shown.filter((f) => f.material === material)
        if (families.length === 0) return null
        return (
          <div key={material} className="palette-group" role="group" aria-label={MATERIAL_LABELS[material]}>
            <h3>
              <span className={`swatch swatch-${material}`} aria-hidden="true" />
              {MATERIAL_LABELS[material]}
            </h3>
            <div className="palette-items">
              {families.map((f) => (
                <button
                  key={f.kind}
                  type="button"
                  aria-label={`Add ${f.label}`}
                  title={`Add ${f.label}`}
                  onClick={() => store.getState().addPropOfKind(f.kind)}
                >
                  <PropThumbnail family={f} />
                  <span>{f.label}</span>
                </button>
              ))}
            </div>
          </div>
        )
      })}
      <Suspense fallback={null}>
        <ModelsSection />
      </Suspense>
    </section>
  )
}
