import { useId, useState } from 'react'
import type { RescaleMode } from '../domain/scene/changeScale'
import { LIMITS } from '../domain/schema/limits'
import { formatRatio } from '../domain/units/format'
import { SCALE_PRESETS, type ModelScale } from '../domain/units/scale'
import { useEditor, useEditorStore } from '../store/useEditor'

const CUSTOM = 'custom'

/**
 * The modelling scale, from the named presets or a custom ratio. A change asks whether the build keeps its
 * millimetres (as cut) or its real-world size (everything is resized); either is one undo step.
 */
export function ScalePicker() {
  const id = useId()
  const store = useEditorStore()
  const scale = useEditor((s) => s.scene.scale)
  const [asking, setAsking] = useState<ModelScale | null>(null)
  const [custom, setCustom] = useState<string | null>(null)
  const preset = SCALE_PRESETS.find((p) => p.ratio === scale.ratio)

  const choose = (next: ModelScale) => {
    if (next.ratio === scale.ratio) return store.getState().setScale(next, 'keep-model-size')
    setAsking(next)
  }
  const apply = (mode: RescaleMode) => {
    if (asking) store.getState().setScale(asking, mode)
    setAsking(null)
  }
  const commitCustom = () => {
    const ratio = Number(custom)
    if (!Number.isFinite(ratio) || ratio < LIMITS.minRatio || ratio > LIMITS.maxRatio) return
    setCustom(null)
    choose({ ratio, name: `${formatRatio(ratio)} custom` })
  }

  return (
    <span className="scale-picker">
      <label htmlFor={id}>Scale</label>
      <select
        id={id}
        value={custom !== null ? CUSTOM : preset ? String(preset.ratio) : CUSTOM}
        onChange={(e) => {
          if (e.target.value === CUSTOM) return setCustom(String(scale.ratio))
          const next = SCALE_PRESETS.find((p) => String(p.ratio) === e.target.value)
          if (next) choose(next)
        }}
      >
        {SCALE_PRESETS.map((p) => (
          <option key={p.ratio} value={String(p.ratio)}>
            {p.name}
          </option>
        ))}
        <option value={CUSTOM}>{preset ? 'Custom ratio…' : scale.name}</option>
      </select>
      {custom !== null && (
        <>
          <label htmlFor={`${id}-custom`}>Custom ratio 1:</label>
          <input
            id={`${id}-custom`}
            type="number"
            min={LIMITS.minRatio}
            max={LIMITS.maxRatio}
            step="any"
            value={custom}
            autoFocus
            onChange={(e) => setCustom(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commitCustom()
              if (e.key === 'Escape') setCustom(null)
            }}
          />
          <button type="button" onClick={commitCustom}>
            Set
          </button>
        </>
      )}
      {asking && (
        <div className="dialog-backdrop">
          <div role="dialog" aria-modal="true" aria-labelledby={`${id}-ask`} className="dialog">
            <h2 id={`${id}-ask`}>
              Change the scale from {formatRatio(scale.ratio)} to {formatRatio(asking.ratio)}
            </h2>
            <p>
              Keep the model as cut (the same millimetres), or keep the real-world size (everything is
              resized)?
            </p>
            <div className="dialog-actions">
              <button type="button" autoFocus onClick={() => apply('keep-model-size')}>
                Keep model size
              </button>
              <button type="button" onClick={() => apply('keep-real-size')}>
                Keep real-world size
              </button>
              <button type="button" onClick={() => setAsking(null)}>
                Cancel
              </button>
            </div>
          </div>
        </div>
      )}
    </span>
  )
}
