import { useRef } from 'react'

/** The name typed in place: Enter keeps it (one undo step), Escape leaves the old one. */
export function RenameField({ label, onDone }: { label: string; onDone: (name: string | null) => void }) {
  const done = useRef(false)
  const finish = (name: string | null) => {
    if (done.current) return
    done.current = true
    onDone(name)
  }
  return (
    <input
      className="row-rename"
      aria-label={`Name of ${label}`}
      defaultValue={label}
      maxLength={120}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onBlur={(e) => finish(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(e.currentTarget.value)
        else if (e.key === 'Escape') finish(null)
        else return
        e.preventDefault()
      }}
    />
  )
}
