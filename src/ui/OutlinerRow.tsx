import type { MouseEvent, ReactNode } from 'react'
import { RenameField } from './RenameField'

/** What a row of the outliner is about: a prop or a group, by a key unique in the list ("p:id", "g:id"). */
export interface RowProps {
  readonly rowKey: string
  readonly label: string
  /** The swatch's class: a material, or "group". */
  readonly swatch: string
  readonly selected: boolean
  readonly locked: boolean
  readonly hidden: boolean
  readonly readOnly: boolean
  readonly renaming: boolean
  /** A click, or Enter/Space; `toggle` when Shift, Ctrl or Cmd was held. */
  onSelect(toggle: boolean): void
  onLock(locked: boolean): void
  onHide(hidden: boolean): void
  onRename(name: string | null): void
  onStartRename(): void
  /** The fold button of a group row. */
  readonly before?: ReactNode
}

const LOCK = 'M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7zm2 0h4V5a2 2 0 0 0-4 0z'
const EYE = 'M8 3C4 3 1 8 1 8s3 5 7 5 7-5 7-5-3-5-7-5zm0 8a3 3 0 1 1 0-6 3 3 0 0 1 0 6z'

/** An on/off switch with an icon: "Lock Drum" is on when the drum is locked. */
function Switch(props: {
  label: string
  on: boolean
  path: string
  disabled: boolean
  onChange: () => void
}) {
  return (
    <button
      type="button"
      role="switch"
      className="row-switch"
      aria-label={props.label}
      aria-checked={props.on}
      title={props.label}
      tabIndex={-1}
      disabled={props.disabled}
      onClick={props.onChange}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d={props.path} />
      </svg>
    </button>
  )
}

/** One line of the outliner: select by its name, lock and hide by its switches, rename in place. */
export function OutlinerRow(p: RowProps) {
  const modified = (e: MouseEvent) => e.shiftKey || e.ctrlKey || e.metaKey
  return (
    <div className={`outliner-row${p.selected ? ' is-selected' : ''}${p.hidden ? ' is-hidden' : ''}`}>
      {p.before}
      {p.renaming ? (
        <RenameField label={p.label} onDone={p.onRename} />
      ) : (
        <button
          type="button"
          className="row-name"
          data-row={p.rowKey}
          aria-pressed={p.selected}
          onClick={(e) => p.onSelect(modified(e))}
          onDoubleClick={() => !p.readOnly && p.onStartRename()}
        >
          <span className={`swatch swatch-${p.swatch}`} aria-hidden="true" />
          {p.label}
        </button>
      )}
      <Switch
        label={`Lock ${p.label}`}
        on={p.locked}
        path={LOCK}
        disabled={p.readOnly}
        onChange={() => p.onLock(!p.locked)}
      />
      <Switch
        label={`Hide ${p.label}`}
        on={p.hidden}
        path={EYE}
        disabled={p.readOnly}
        onChange={() => p.onHide(!p.hidden)}
      />
    </div>
  )
}
