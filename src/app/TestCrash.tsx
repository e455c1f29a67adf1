import { useEffect, useState } from 'react'

/** The event an end-to-end test dispatches on window, with the boundary's label as detail, to crash a part. */
export const TEST_CRASH_EVENT = 'diorama:test-crash'

/**
 * Throws while rendering when a test asks, so the recovery screen can be tested in a real browser. Rendered
 * only in test builds (`vite build --mode test`): production bundles do not contain it, and nothing in a link
 * or a file can reach it.
 */
export function TestCrash({ label }: { readonly label: string }) {
  const [crash, setCrash] = useState(false)
  useEffect(() => {
    const onCrash = (e: Event) => {
      if ((e as CustomEvent<string>).detail === label) setCrash(true)
    }
    window.addEventListener(TEST_CRASH_EVENT, onCrash)
    return () => window.removeEventListener(TEST_CRASH_EVENT, onCrash)
  }, [label])
  if (crash) throw new Error(`test crash in the ${label}`)
  return null
}
