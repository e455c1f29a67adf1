import { useEffect, useId, useMemo, useState, type MouseEvent } from 'react'
import { calibratedWidthMm, type ImagePoint } from '../domain/units/calibrate'
import { formatMm } from '../domain/units/format'
import { referenceStore, useReference, type ReferenceMode } from '../store/referenceStore'
import { useEditor } from '../store/useEditor'
import { NumberField } from './NumberField'

/** Photos larger than this are refused before decoding: a phone photo is 3-8 MB. */
const MAX_PHOTO_BYTES = 15 * 1024 * 1024

/**
 * A photo of the real place to build over: on the base or as a backdrop, see-through, and scaled by marking two
 * points on it whose real distance the maker knows (a door's width, a brick course).
 */
export function ReferenceDialog({ onClose }: { readonly onClose: () => void }) {
  const titleId = useId()
  const photo = useReference((s) => s.photo)
  const storeProblem = useReference((s) => s.problem)
  const scale = useEditor((s) => s.scene.scale)
  const baseWidth = useEditor((s) => s.scene.base.widthMm)
  const [problem, setProblem] = useState<string>()
  const [points, setPoints] = useState<ImagePoint[]>([])
  const [realM, setRealM] = useState('')
  const image = photo?.image
  const url = useMemo(() => (image ? URL.createObjectURL(image) : undefined), [image])
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])
  const ref = referenceStore.getState()

  const open = async (file: File) => {
    setProblem(undefined)
    if (file.size > MAX_PHOTO_BYTES)
      return setProblem(`"${file.name}" is larger than 15 MB: save a smaller copy of the photo.`)
    try {
      const bitmap = await createImageBitmap(file)
      const { width, height } = bitmap
      bitmap.close()
      ref.setPhoto({
        image: file,
        widthPx: width,
        heightPx: height,
        mode: 'base',
        opacity: 0.6,
        widthMm: baseWidth,
      })
      setPoints([])
    } catch {
      setProblem(`"${file.name}" is not a picture this browser can open (PNG, JPEG or WebP).`)
    }
  }

  const mark = (e: MouseEvent<HTMLImageElement>) => {
    if (!photo) return
    const box = e.currentTarget.getBoundingClientRect()
    const point = {
      x: Math.round(((e.clientX - box.left) / box.width) * photo.widthPx),
      y: Math.round(((e.clientY - box.top) / box.height) * photo.heightPx),
    }
    setPoints((p) => (p.length >= 2 ? [point] : [...p, point]))
  }

  const [a, b] = points
  const width =
    photo && a && b ? calibratedWidthMm(photo.widthPx, a, b, Number(realM) * 1000, scale) : undefined

  return (
    <div className="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} className="dialog reference-dialog">
        <h2 id={titleId}>Reference photo</h2>
        <p className="hint">
          Kept with this scene in this browser (once the scene is saved), not in its file or share link. PNG,
          JPEG or WebP up to 15 MB.
        </p>
        <label>
          Photo{' '}
          <input
            type="file"
            accept="image/png,image/jpeg,image/webp"
            aria-label="Reference photo file"
            onChange={(e) => {
              const file = e.target.files?.[0]
              e.target.value = ''
              if (file) void open(file)
            }}
          />
        </label>
        {(problem || storeProblem) && (
          <p role="alert" className="field-problem">
            {problem ?? storeProblem}
          </p>
        )}
        {photo && url && (
          <>
            <div role="radiogroup" aria-label="Where the photo goes" className="mode-choice">
              {(['base', 'backdrop'] as ReferenceMode[]).map((mode) => (
                <label key={mode}>
                  <input
                    type="radio"
                    name="reference-mode"
                    checked={photo.mode === mode}
                    onChange={() => ref.update({ mode })}
                  />
                  {mode === 'base' ? 'On the base' : 'Behind the base (backdrop)'}
                </label>
              ))}
            </div>
            <label>
              Opacity{' '}
              <input
                type="range"
                min={0.05}
                max={1}
                step={0.05}
                value={photo.opacity}
                onChange={(e) => ref.update({ opacity: Number(e.target.value) })}
              />
            </label>
            <NumberField
              label="Photo width"
              unit="mm"
              step={1}
              value={Math.round(photo.widthMm * 10) / 10}
              onCommit={(v) =>
                v > 0 && v <= 5000 ? void ref.update({ widthMm: v }) : 'between 0 and 5000 mm'
              }
            />
            <h3>Scale by two points</h3>
            <p className="hint">Click two points on the photo whose real distance you know, then type it.</p>
            <div className="reference-preview">
              <img src={url} alt="The reference photo: click to mark a point" onClick={mark} />
              {points.map((p, i) => (
                <span
                  key={i}
                  className="reference-mark"
                  style={{ left: `${(100 * p.x) / photo.widthPx}%`, top: `${(100 * p.y) / photo.heightPx}%` }}
                  aria-hidden="true"
                >
                  {i === 0 ? 'A' : 'B'}
                </span>
              ))}
            </div>
            <p>
              {points.length === 0
                ? 'No points marked.'
                : `Marked: ${points.map((p, i) => `${i ? 'B' : 'A'} (${p.x}, ${p.y}) px`).join(', ')}`}
            </p>
            <label>
              Real distance (m){' '}
              <input
                type="number"
                min={0}
                step="any"
                value={realM}
                onChange={(e) => setRealM(e.target.value)}
                aria-label="Real distance between the points (m)"
              />
            </label>
            <button
              type="button"
              disabled={width === undefined}
              onClick={() => width && ref.update({ widthMm: width })}
            >
              Scale the photo{width ? ` to ${formatMm(width)} wide` : ''}
            </button>
            <button type="button" onClick={() => ref.setPhoto(null)}>
              Remove photo
            </button>
          </>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  )
}
