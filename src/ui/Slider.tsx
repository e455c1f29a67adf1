import { useId, useState } from 'react'

interface SliderProps {
  readonly label: string
  readonly value: number
  readonly min?: number
  readonly max?: number
  readonly step?: number
  /** How the value reads beside the slider ("60 %"). */
  readonly format?: (v: number) => string
  readonly onCommit: (value: number) => void
}

/**
 * A range for values where feel matters more than digits (rust, crumple). It moves freely and commits once
 * when let go (pointer up, key up, focus out), so one slide is one undo step.
 */
export function Slider({ label, value, min = 0, max = 1, step = 0.05, format, onCommit }: SliderProps) {
  const id = useId()
  const [draft, setDraft] = useState<number | null>(null)
  const shown = draft ?? value
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft)
    setDraft(null)
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="field-input">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={step}
          value={shown}
          aria-valuetext={format ? format(shown) : String(shown)}
          onChange={(e) => setDraft(Number(e.target.value))}
          onPointerUp={commit}
          onKeyUp={commit}
          onBlur={commit}
        />
        <output htmlFor={id} className="unit">
          {format ? format(shown) : shown}
        </output>
      </span>
    </div>
  )
}
