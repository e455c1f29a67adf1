import { useEffect, useId, useRef } from 'react'
import { keyCaps, SHORTCUT_HELP } from './shortcutHelp'
import { isMac } from './shortcuts'

/**
 * Every shortcut, in a modal dialog: "?" opens it, Escape or Close shuts it and focus goes back where it was.
 * A native <dialog> shown modal, so the page behind is inert and the editor's keys rest while it is open.
 */
export default function HelpOverlay({ onClose }: { readonly onClose: () => void }) {
  const titleId = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const element = dialog.current
    // Unmounting takes the dialog out of the page (and the top layer) with it: no close() here, whose close
    // event would shut the next one in React's development double run.
    if (element && !element.open) element.showModal()
    // Close, rather than the list (which the dialog would pick as the first thing that takes focus).
    close.current?.focus()
  }, [])
  const mac = isMac()
  return (
    <dialog ref={dialog} className="dialog help-overlay" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Keyboard shortcuts</h2>
      <div className="help-sections">
        {SHORTCUT_HELP.map((section) => (
          <section key={section.title} aria-label={section.title}>
            <h3>{section.title}</h3>
            <dl>
              {section.rows.map((row) => (
                <div key={row.does}>
                  <dt>
                    {row.keys.map((combo) => (
                      <span key={combo} className="help-combo">
                        {keyCaps(combo, mac).map((cap, j) => (
                          <span key={j}>
                            {j > 0 && '+'}
                            <kbd>{cap}</kbd>
                          </span>
                        ))}
                      </span>
                    ))}
                  </dt>
                  <dd>{row.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="dialog-actions">
        <button ref={close} type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  )
}
