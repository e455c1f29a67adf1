import { useStore } from 'zustand'
import { formatModel, formatReal } from '../domain/units/unitSystem'
import { AXES, type Vec3 } from '../domain/units/vec'
import { measure, measureStore } from '../store/measureStore'
import { useEditor } from '../store/useEditor'
import './arrange.css'

/**
 * The tape's reading: the distance between two points in model mm and what it is at full size at the scene's
 * scale. Points come from clicks in the 3D view, or from two selected props (centre to centre).
 */
/** `centres`: the middles of the selected props' boxes, for measuring between two of them. */
export default function MeasurePanel({ centres }: { readonly centres: readonly Vec3[] }) {
  const points = useStore(measureStore, (m) => m.points)
  const scale = useEditor((s) => s.scene.scale)
  const units = useEditor((s) => s.units)
  const tape = measureStore.getState()
  const [a, b] = points
  const result = a && b ? measure(a, b, scale) : undefined
  const [first, second] = centres
  const pair = centres.length === 2 && first && second
  return (
    <section className="measure-panel" aria-label="Measure">
      <h3>Measure</h3>
      {result ? (
        <>
          <p className="measure-result" role="status">
            <strong>{formatModel(result.modelMm, units)}</strong>{' '}
            <span className="real">≈ {formatReal(result.prototypeMm, units)} real</span>
          </p>
          <dl className="size" aria-label="Distance along each axis">
            {AXES.map((axis) => (
              <div key={axis}>
                <dt>Along {axis.toUpperCase()}</dt>
                <dd>{formatModel(Math.abs(result.deltaMm[axis]), units)}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p className="hint" role="status">
          {a
            ? 'Click the second point.'
            : 'Click two points in the 3D view, or measure between two selected props.'}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          disabled={!pair}
          onClick={() => pair && tape.measureBetween(first, second)}
          title="Centre to centre"
        >
          Between selected props
        </button>
        <button type="button" disabled={points.length === 0} onClick={() => tape.clear()}>
          Clear
        </button>
        <button type="button" onClick={() => tape.setActive(false)}>
          Done
        </button>
      </div>
    </section>
  )
}
