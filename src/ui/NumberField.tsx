import { useId, useState, type KeyboardEvent } from 'react'

interface NumberFieldProps {
  readonly label: string
  readonly value: number
  /** Shown after the field ("mm", "°"). */
  readonly unit?: string
  readonly step?: number
  /** The real-world equivalent shown beside the field, e.g. "≈ 3.50 m real". */
  readonly hint?: string
  /** Returns why the value is refused, or undefined once it has been committed. */
  readonly onCommit: (value: number) => string | undefined
}

/**
 * A number typed by the maker, committed on Enter or when the field loses focus: one edit, one undo step.
 * A refused value stays in the field with the reason beside it, so nothing typed is lost.
 */
export function NumberField({ label, value, unit, step = 0.1, hint, onCommit }: NumberFieldProps) {
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | undefined>()
  const commit = () => {
    if (draft === null) return
    const n = draft.trim() === '' ? Number.NaN : Number(draft)
    const why = Number.isFinite(n) ? onCommit(n) : 'expected a number'
    setProblem(why)
    if (!why) setDraft(null)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit()
    if (e.key === 'Escape') {
      setDraft(null)
      setProblem(undefined)
    }
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="field-input">
        <input
          id={id}
          type="number"
          step={step}
          value={draft ?? String(value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : hint ? `${id}-hint` : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        {unit && <span className="unit">{unit}</span>}
      </span>
      {problem ? (
        <span id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </span>
      ) : (
        hint && (
          <span id={`${id}-hint`} className="field-hint">
            {hint}
          </span>
        )
      )}
    </div>
  )
}
