import { FAMILIES, MATERIAL_LABELS } from '../domain/catalog'
import type { MaterialKind } from '../domain/catalog/types'
import { useEditorStore } from '../store/useEditor'

const groups = (Object.keys(MATERIAL_LABELS) as MaterialKind[])
  .map((material) => ({ material, families: FAMILIES.filter((f) => f.material === material) }))
  .filter((g) => g.families.length > 0)

/** The props a maker can place, grouped by what they are made of. A click adds one on a free spot. */
export function Palette() {
  const store = useEditorStore()
  return (
    <section className="panel palette" aria-labelledby="palette-title">
      <h2 id="palette-title">Palette</h2>
      {groups.map((g) => (
        <div key={g.material} className="palette-group" role="group" aria-label={MATERIAL_LABELS[g.material]}>
          <h3>
            <span className={`swatch swatch-${g.material}`} aria-hidden="true" />
            {MATERIAL_LABELS[g.material]}
          </h3>
          {g.families.map((f) => (
            <button
              key={f.kind}
              type="button"
              aria-label={`Add ${f.label}`}
              onClick={() => store.getState().addPropOfKind(f.kind)}
            >
              {f.label}
            </button>
          ))}
        </div>
      ))}
    </section>
  )
}
