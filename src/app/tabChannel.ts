/** What tabs of the app tell each other: a scene was saved (at a revision), or the list changed. */
export type TabMessage = { type: 'saved'; id: string; rev: number } | { type: 'index' }

const NAME = 'diorama-builder'

/** A BroadcastChannel between this app's tabs; a no-op where the browser has none. */
export function tabChannel() {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(NAME)
  return {
    post: (message: TabMessage) => channel?.postMessage(message),
    listen: (handler: (message: TabMessage) => void) => {
      const onMessage = (e: MessageEvent<TabMessage>) => handler(e.data)
      channel?.addEventListener('message', onMessage)
      return () => channel?.removeEventListener('message', onMessage)
    },
  }
}
