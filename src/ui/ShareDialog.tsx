import { useEffect, useId, useState } from 'react'
import type { Scene } from '../domain/scene/types'
import { useEditorStore } from '../store/useEditor'
import { downloadText, sceneFileName } from './download'
import { useModalDialog } from './useModalDialog'

/** Chat apps and forums start cutting or mangling links around this length. */
export const CHAT_LINK_LIMIT = 2000

type Link = { url: string; problem?: string } | { url?: undefined; problem: string }

/** Builds the link and opens it once, as the receiver will: a link that does not reopen is never offered. */
async function makeLink(scene: Scene): Promise<Link> {
  const { encodeShareLink, decodeShareLink } = await import('../domain/sharelink/shareLink')
  try {
    const fragment = encodeShareLink(scene)
    const check = decodeShareLink(fragment)
    if (!check.ok) return { problem: `this scene cannot travel as a link (${check.error.message})` }
    return { url: `${location.origin}${location.pathname}#${fragment}` }
  } catch (e) {
    return { problem: `this scene cannot travel as a link (${(e as Error).message})` }
  }
}

/**
 * The whole scene in a link, with no server: nothing leaves the browser until the maker sends it. Over the
 * length chat apps cut, it says so and offers the file.
 */
export function ShareDialog({ onClose }: { readonly onClose: () => void }) {
  const titleId = useId()
  const dialog = useModalDialog<HTMLDivElement>(onClose)
  const store = useEditorStore()
  const [link, setLink] = useState<Link | null>(null)
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    void makeLink(store.getState().scene).then(setLink)
  }, [store])
  const scene = store.getState().scene
  const saveFile = () => downloadText(sceneFileName(scene.name), JSON.stringify(scene, null, 2))
  const tooLong = link?.url !== undefined && link.url.length > CHAT_LINK_LIMIT

  return (
    <div className="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="dialog share-dialog"
      >
        <h2 id={titleId}>Share “{scene.name}”</h2>
        {link === null ? (
          <p className="hint">Packing the scene into a link…</p>
        ) : link.url === undefined ? (
          <p role="alert">Sorry: {link.problem}. Send the scene file instead.</p>
        ) : (
          <>
            <p>Anyone with this link sees the scene, read-only, and can edit a copy. Nothing is uploaded.</p>
            <input
              className="share-url"
              readOnly
              aria-label="Share link"
              value={link.url}
              onFocus={(e) => e.currentTarget.select()}
            />
            <p className="hint">
              {link.url.length.toLocaleString()} characters for {scene.props.length} props.
            </p>
            {tooLong && (
              <p role="alert" className="field-problem">
                This link is longer than {CHAT_LINK_LIMIT.toLocaleString()} characters: many chat apps cut
                links this long. Send the scene file instead.
              </p>
            )}
          </>
        )}
        <div className="dialog-actions">
          {link?.url !== undefined && (
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard
                  .writeText(link.url)
                  .then(() => setCopied(true))
                  .catch(() => setCopied(false))
              }
            >
              {copied ? 'Copied' : 'Copy link'}
            </button>
          )}
          <button type="button" onClick={saveFile}>
            Save file instead
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  )
}
