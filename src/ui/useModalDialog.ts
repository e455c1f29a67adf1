import { useEffect, useRef } from 'react'

const FOCUSABLE =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])'

/** Escape in a field being typed into belongs to the field (it cancels a rename, say), not to the dialog. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !target.readOnly)

/**
 * A modal dialog as keyboard users need it: focus moves into it when it opens (to the dialog itself, so its
 * title is read first, unless a field inside took it already), Tab and Shift+Tab go round inside it, Escape
 * closes it, and focus returns to what opened it. Put the returned ref on the element with role="dialog".
 * One listener for the dialog's whole life: a listener re-added on each render of the opener would miss a key
 * whose own handling re-renders it.
 */
export function useModalDialog<T extends HTMLElement>(onClose: () => void) {
  const ref = useRef<T>(null)
  const close = useRef(onClose)
  useEffect(() => {
    close.current = onClose
  }, [onClose])
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.contains(document.activeElement)) {
      if (!dialog.hasAttribute('tabindex')) dialog.tabIndex = -1
      dialog.focus()
    }
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !typing(e.target)) return close.current()
      if (e.key !== 'Tab') return
      const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)]
      const first = items[0]
      const last = items[items.length - 1]
      const at = document.activeElement
      const outside = !dialog.contains(at)
      const to = e.shiftKey
        ? at === first || at === dialog || outside
          ? last
          : null
        : at === last || outside
          ? first
          : null
      if (!first || to) {
        e.preventDefault()
        to?.focus()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      if (opener?.isConnected) opener.focus()
    }
  }, [])
  return ref
}
