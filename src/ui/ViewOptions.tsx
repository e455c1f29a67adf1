import type { UnitSystem } from '../domain/units/unitSystem'
import { useEditor, useEditorStore } from '../store/useEditor'

/** How lengths read (metric or imperial) and whether a 1.75 m figure stands on the base for scale. */
export function ViewOptions() {
  const store = useEditorStore()
  const units = useEditor((s) => s.units)
  const showFigure = useEditor((s) => s.showFigure)
  return (
    <span className="view-options">
      <label>
        Units{' '}
        <select value={units} onChange={(e) => store.getState().setUnits(e.target.value as UnitSystem)}>
          <option value="metric">mm and metres</option>
          <option value="imperial">inches and feet</option>
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={showFigure}
          onChange={(e) => store.getState().setShowFigure(e.target.checked)}
        />{' '}
        Scale figure
      </label>
    </span>
  )
}
