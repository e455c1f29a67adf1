import { useState, type FormEvent } from 'react'
import { useEditorStore } from '../store/useEditor'

const MAX_COPIES = 100

/**
 * Copies of the selection in a row: how many, and how far apart along X, Y and Z (model mm, copy to copy).
 * One undo step; the row stops at the base's edge.
 */
export function ArrayForm({ widthMm, onDone }: { readonly widthMm: number; readonly onDone: () => void }) {
  const store = useEditorStore()
  const [count, setCount] = useState('3')
  const [spacing, setSpacing] = useState(() => ({
    // Side by side with a little room: the selection's width and 5 mm, in whole millimetres.
    x: String(Math.ceil(widthMm + 5)),
    y: '0',
    z: '0',
  }))
  const copies = Number(count)
  const gaps = { x: Number(spacing.x), y: Number(spacing.y), z: Number(spacing.z) }
  const valid =
    Number.isInteger(copies) &&
    copies >= 1 &&
    copies <= MAX_COPIES &&
    Object.values(spacing).every((v) => v.trim() !== '' && Number.isFinite(Number(v)))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!valid) return
    store.getState().arraySelection(copies, gaps)
    onDone()
  }
  const field = (axis: 'x' | 'y' | 'z', label: string) => (
    <label>
      {label}
      <input
        type="number"
        step="any"
        value={spacing[axis]}
        onChange={(e) => setSpacing({ ...spacing, [axis]: e.target.value })}
      />
      <span className="unit">mm</span>
    </label>
  )
  return (
    <form className="array-form" aria-label="Array" onSubmit={submit}>
      <label>
        Copies
        <input
          type="number"
          min={1}
          max={MAX_COPIES}
          step={1}
          value={count}
          onChange={(e) => setCount(e.target.value)}
        />
      </label>
      {field('x', 'Spacing X')}
      {field('y', 'Spacing Y (up)')}
      {field('z', 'Spacing Z')}
      <div className="button-row">
        <button type="submit" disabled={!valid}>
          Make copies
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
