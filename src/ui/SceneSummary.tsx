import { formatRatio } from '../domain/units/format'
import { useEditor } from '../store/useEditor'

/** The scene in words, for screen readers and as a caption: what the canvas shows. */
export function SceneSummary({ id }: { readonly id?: string }) {
  const count = useEditor((s) => s.scene.props.length)
  const scale = useEditor((s) => s.scene.scale)
  const base = useEditor((s) => s.scene.base)
  return (
    <p id={id} className="scene-summary" aria-live="polite">
      {count === 1 ? '1 prop' : `${count} props`} on a {base.widthMm} × {base.depthMm} mm base at{' '}
      {formatRatio(scale.ratio)}. Drag to orbit, right-drag to pan, scroll to zoom.
    </p>
  )
}
