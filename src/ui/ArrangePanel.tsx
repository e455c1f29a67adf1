import { useState } from 'react'
import type { AlignMode } from '../domain/scene/alignProps'
import { toPrototypeMm } from '../domain/units/scale'
import { formatModel, formatReal } from '../domain/units/unitSystem'
import { AXES, type Axis } from '../domain/units/vec'
import type { SelectionFacts } from '../store/selectionFacts'
import { useEditor, useEditorStore } from '../store/useEditor'
import { ArrayForm } from './ArrayForm'
import { isMac } from './shortcuts'
import './arrange.css'

const MODES: readonly { mode: AlignMode; label: string }[] = [
  { mode: 'min', label: 'Min' },
  { mode: 'center', label: 'Centre' },
  { mode: 'max', label: 'Max' },
]
const SIZE_LABEL = { x: 'Width', y: 'Height', z: 'Depth' } as const
const mod = isMac() ? '⌘' : 'Ctrl+'

/**
 * Arranging the selection: copies, groups, lock and hide, drop, align and distribute, each one undo step.
 * Shown under the inspector whenever something is selected; with several props, their size together.
 * The inspector measures the selection (`facts`), so this panel loads without the geometry code.
 */
export default function ArrangePanel({
  facts,
  count,
}: {
  readonly facts: SelectionFacts
  readonly count: number
}) {
  const store = useEditorStore()
  const scale = useEditor((s) => s.scene.scale)
  const units = useEditor((s) => s.units)
  const anyHidden = useEditor((s) => s.scene.props.some((p) => p.hidden))
  const [arrayOpen, setArrayOpen] = useState(false)
  const edit = store.getState()
  const button = (label: string, run: () => void, disabled = false, title?: string) => (
    <button type="button" onClick={run} disabled={disabled} title={title}>
      {label}
    </button>
  )
  const alignRow = (axis: Axis) => {
    const name = axis.toUpperCase()
    return (
      <div key={axis} role="group" aria-label={`Along ${name}`} className="align-row">
        <span aria-hidden="true">{name}</span>
        {MODES.map(({ mode, label }) => (
          <button
            key={mode}
            type="button"
            aria-label={`Align ${name} ${label.toLowerCase()}`}
            disabled={facts.units < 2}
            onClick={() => edit.alignSelection(axis, mode)}
          >
            {label}
          </button>
        ))}
        <button
          type="button"
          aria-label={`Distribute ${name}`}
          disabled={facts.freeUnits < 3}
          title="Equal gaps between them; the first and last stay"
          onClick={() => edit.distributeSelection(axis)}
        >
          Spread
        </button>
      </div>
    )
  }
  return (
    <div className="arrange" role="group" aria-labelledby="arrange-title">
      <h3 id="arrange-title">Arrange</h3>
      {count > 1 && (
        <dl className="size" aria-label="Size together">
          {AXES.map((axis) => (
            <div key={axis}>
              <dt>{SIZE_LABEL[axis]}</dt>
              <dd>
                {formatModel(facts.sizeMm[axis], units)}{' '}
                <span className="real">
                  ≈ {formatReal(toPrototypeMm(facts.sizeMm[axis], scale), units)} real
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="button-row">
        {button('Duplicate', () => edit.duplicateSelection(), false, `Duplicate (${mod}D)`)}
        <button type="button" aria-expanded={arrayOpen} onClick={() => setArrayOpen(!arrayOpen)}>
          Array…
        </button>
        {button('Drop to surface', () => edit.dropSelection(), false, 'Rest on the surface below (End)')}
      </div>
      {arrayOpen && <ArrayForm widthMm={facts.sizeMm.x} onDone={() => setArrayOpen(false)} />}
      <div className="button-row">
        {button('Group', () => edit.groupSelection(), count < 2 || facts.wholeGroup, `Group (${mod}G)`)}
        {button('Ungroup', () => edit.ungroupSelection(), !facts.grouped, `Ungroup (${mod}Shift+G)`)}
        {button(
          facts.allLocked ? 'Unlock' : 'Lock',
          () => edit.setSelectionLocked(!facts.allLocked),
          false,
          'Lock or unlock (L)',
        )}
        {button('Hide', () => edit.setSelectionHidden(true), false, 'Hide (H)')}
        {button('Show all', () => edit.showAllProps(), !anyHidden, 'Show every hidden prop (Alt+H)')}
      </div>
      <div role="group" aria-label="Align and distribute" className="align">
        <p className="hint">Align by the boxes around them; spread for equal gaps.</p>
        {AXES.map(alignRow)}
      </div>
    </div>
  )
}
