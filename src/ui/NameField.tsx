import { useId, useState } from 'react'

/** The maker's label for a prop; empty falls back to the catalog name. Committed on Enter or blur. */
export function NameField(props: { value: string; placeholder: string; onCommit: (name: string) => void }) {
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft !== null) props.onCommit(draft.slice(0, 120))
    setDraft(null)
  }
  return (
    <div className="field">
      <label htmlFor={id}>Name</label>
      <input
        id={id}
        type="text"
        maxLength={120}
        value={draft ?? props.value}
        placeholder={props.placeholder}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </div>
  )
}
