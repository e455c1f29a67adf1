import { useState } from 'react'
import { ANGLE_STEPS_DEG, GRID_STEPS_MM } from '../domain/scene/snapping'
import { ANGLE_STEP_RANGE_DEG, GRID_STEP_RANGE_MM } from '../store/snapSlice'
import { useEditor, useEditorStore } from '../store/useEditor'

const CUSTOM = 'custom'

/** A step of the maker's own, committed on Enter or when the field is left; out of range it stays marked. */
function StepField(props: {
  label: string
  value: number
  range: readonly [number, number]
  onCommit: (value: number) => void
}) {
  const [draft, setDraft] = useState<string | null>(null)
  const [lo, hi] = props.range
  const n = Number(draft)
  const invalid = draft !== null && (draft.trim() === '' || !(n >= lo && n <= hi))
  const commit = () => {
    if (draft === null || invalid) return
    props.onCommit(n)
    setDraft(null)
  }
  return (
    <input
      type="number"
      className="step-field"
      aria-label={props.label}
      min={lo}
      max={hi}
      step="any"
      value={draft ?? String(props.value)}
      aria-invalid={invalid || undefined}
      title={`Between ${lo} and ${hi}`}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit()
        if (e.key === 'Escape') setDraft(null)
      }}
    />
  )
}

/**
 * How moves and turns snap: on or off, the grid step (0.1 to 10 mm) and the angle step. Holding Alt during
 * a drag moves freely without changing the setting (store/snapHold.ts).
 */
export function SnapSettings() {
  const store = useEditorStore()
  const snapping = useEditor((s) => s.snapping)
  const gridMm = useEditor((s) => s.gridStepMm)
  const angleDeg = useEditor((s) => s.angleStepDeg)
  const [customGrid, setCustomGrid] = useState(false)
  const [customAngle, setCustomAngle] = useState(false)
  const gridOwn = customGrid || !GRID_STEPS_MM.includes(gridMm)
  const angleOwn = customAngle || !ANGLE_STEPS_DEG.includes(angleDeg)
  const edit = store.getState()
  return (
    <div className="snap-settings" role="group" aria-label="Snapping">
      <label title="Snap moves to the grid and turns to the angle step; hold Alt while dragging to move freely">
        <input type="checkbox" checked={snapping} onChange={(e) => edit.setSnapping(e.target.checked)} /> Snap
      </label>
      <label>
        Grid{' '}
        <select
          aria-label="Grid step"
          value={gridOwn ? CUSTOM : String(gridMm)}
          onChange={(e) => {
            setCustomGrid(e.target.value === CUSTOM)
            if (e.target.value !== CUSTOM) edit.setGridStep(Number(e.target.value))
          }}
        >
          {GRID_STEPS_MM.map((mm) => (
            <option key={mm} value={String(mm)}>
              {mm} mm
            </option>
          ))}
          <option value={CUSTOM}>Custom…</option>
        </select>
      </label>
      {gridOwn && (
        <StepField
          label="Custom grid step, mm"
          value={gridMm}
          range={GRID_STEP_RANGE_MM}
          onCommit={edit.setGridStep}
        />
      )}
      <label>
        Angle{' '}
        <select
          aria-label="Angle step"
          value={angleOwn ? CUSTOM : String(angleDeg)}
          onChange={(e) => {
            setCustomAngle(e.target.value === CUSTOM)
            if (e.target.value !== CUSTOM) edit.setAngleStep(Number(e.target.value))
          }}
        >
          {ANGLE_STEPS_DEG.map((deg) => (
            <option key={deg} value={String(deg)}>
              {deg}°
            </option>
          ))}
          <option value={CUSTOM}>Custom…</option>
        </select>
      </label>
      {angleOwn && (
        <StepField
          label="Custom angle step, degrees"
          value={angleDeg}
          range={ANGLE_STEP_RANGE_DEG}
          onCommit={edit.setAngleStep}
        />
      )}
    </div>
  )
}
