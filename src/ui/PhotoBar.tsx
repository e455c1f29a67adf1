import { useEffect, useState } from 'react'
import { LIGHTING_LABELS, photoStore, usePhoto, type LightingPreset } from '../store/photoStore'
import type { CameraBookmark } from '../domain/scene/types'
import { useEditor } from '../store/useEditor'
import { downloadBlob, slugOf } from './download'

const WIDTHS = [1280, 1920, 2560, 3840, 4096]
const MAX_WIDTH = 4096
/** One empty list, so the selector returns the same value while a scene has no bookmarks. */
const NO_BOOKMARKS: readonly CameraBookmark[] = []

/**
 * Photo mode's own bar, in place of the editor's panels: lighting, the miniature effect, which view to shoot
 * (the current one or a saved bookmark), and the PNG at up to 4096 px, optionally with a transparent background.
 */
export function PhotoBar() {
  const lighting = usePhoto((s) => s.lighting)
  const miniature = usePhoto((s) => s.miniature)
  const focus = usePhoto((s) => s.focus)
  const ready = usePhoto((s) => s.capture !== null)
  const name = useEditor((s) => s.scene.name)
  const bookmarks = useEditor((s) => s.scene.bookmarks ?? NO_BOOKMARKS)
  const [width, setWidth] = useState(1920)
  const [transparent, setTransparent] = useState(false)
  const [shot, setShot] = useState('')
  const [progress, setProgress] = useState<number | null>(null)
  const [problem, setProblem] = useState<string>()
  const photo = photoStore.getState()

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && photoStore.getState().setOpen(false)
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const save = async () => {
    const capture = photoStore.getState().capture
    if (!capture) return
    setProblem(undefined)
    setProgress(0)
    try {
      const view = bookmarks.find((b) => b.id === shot)
      const blob = await capture({
        widthPx: Math.min(MAX_WIDTH, Math.max(64, width)),
        transparent,
        ...(view && { view }),
        onProgress: setProgress,
      })
      downloadBlob(`${slugOf(name)}-${view ? slugOf(view.name) : 'photo'}-${width}px.png`, blob)
    } catch (e) {
      setProblem(`The picture could not be made: ${(e as Error).message}`)
    } finally {
      setProgress(null)
    }
  }

  return (
    <section className="photo-bar" aria-label="Photo mode">
      <h2>Photo mode</h2>
      <label>
        Lighting{' '}
        <select value={lighting} onChange={(e) => photo.setLighting(e.target.value as LightingPreset)}>
          {(Object.keys(LIGHTING_LABELS) as LightingPreset[]).map((key) => (
            <option key={key} value={key}>
              {LIGHTING_LABELS[key]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Miniature effect{' '}
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={miniature}
          onChange={(e) => photo.setMiniature(Number(e.target.value))}
        />
      </label>
      <span className="hint">
        {focus ? 'Focus set: click elsewhere to move it' : 'Click the scene to focus'}
      </span>
      <label>
        Shoot from{' '}
        <select value={shot} onChange={(e) => setShot(e.target.value)}>
          <option value="">The current view</option>
          {bookmarks.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Width{' '}
        <select value={width} onChange={(e) => setWidth(Number(e.target.value))}>
          {WIDTHS.map((w) => (
            <option key={w} value={w}>
              {w} px
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} />{' '}
        Transparent background
      </label>
      <button type="button" disabled={!ready || progress !== null} onClick={() => void save()}>
        Save PNG
      </button>
      {progress !== null && (
        <progress aria-label="Rendering the picture" max={1} value={progress}>
          {Math.round(progress * 100)} %
        </progress>
      )}
      {problem && (
        <p role="alert" className="field-problem">
          {problem}
        </p>
      )}
      <button type="button" onClick={() => photo.setOpen(false)}>
        Exit photo mode
      </button>
    </section>
  )
}
