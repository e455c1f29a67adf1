import { familyOf } from '../domain/catalog'
import type { Prop } from '../domain/scene/types'
import { propPieces } from '../domain/scene/propGeometry'
import { useEditorStore } from '../store/useEditor'
import { Slider } from './Slider'

const percent = (v: number) => `${Math.round(v * 100)} %`
const DEFAULT_PAINT = '#4d5a3a'

/** Weathering and finish: rust on metal, grain on balsa, paint with chipping, grime on everything. */
export function SurfaceFields({ prop }: { readonly prop: Prop }) {
  const store = useEditorStore()
  const family = familyOf(prop.kind)
  const materials = new Set([family?.material, ...propPieces(prop).map((p) => p.material)])
  const metal = materials.has('rust')
  const wood = materials.has('balsa')
  const m = prop.material
  const set = (patch: Parameters<ReturnType<typeof store.getState>['setSurface']>[1]) =>
    store.getState().setSurface(prop.id, patch)
  return (
    <>
      <h3>Surface</h3>
      {metal && (
        <Slider label="Rust" value={m.rust ?? 0} format={percent} onCommit={(rust) => set({ rust })} />
      )}
      {wood && (
        <div className="field">
          <label htmlFor={`${prop.id}-grain`}>Grain</label>
          <select
            id={`${prop.id}-grain`}
            value={m.grain ?? 'length'}
            onChange={(e) => set({ grain: e.target.value === 'width' ? 'width' : 'length' })}
          >
            <option value="length">Along the length</option>
            <option value="width">Across</option>
          </select>
        </div>
      )}
      {(metal || wood) && (
        <div className="field">
          <label htmlFor={`${prop.id}-painted`}>Painted</label>
          <span className="field-input">
            <input
              id={`${prop.id}-painted`}
              type="checkbox"
              checked={m.paint !== undefined}
              onChange={(e) =>
                set(
                  e.target.checked
                    ? { paint: DEFAULT_PAINT, chipping: m.chipping ?? 0.3 }
                    : { paint: undefined, chipping: undefined },
                )
              }
            />
            {m.paint !== undefined && (
              <input
                type="color"
                aria-label="Paint colour"
                value={m.paint}
                onChange={(e) => set({ paint: e.target.value })}
              />
            )}
          </span>
        </div>
      )}
      {m.paint !== undefined && (
        <Slider
          label="Chipping"
          value={m.chipping ?? 0}
          format={percent}
          onCommit={(chipping) => set({ chipping })}
        />
      )}
      <Slider label="Grime" value={m.grime ?? 0} format={percent} onCommit={(grime) => set({ grime })} />
    </>
  )
}
