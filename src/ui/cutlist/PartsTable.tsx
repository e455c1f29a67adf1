import type { CutPart } from '../../domain/cutlist/types'
import { stockName } from '../../domain/cutlist/matchStock'
import type { UnitSystem } from '../../domain/units/unitSystem'
import { formatSize } from './format'

const GRAIN: Record<CutPart['grain'], string> = { length: 'along length', width: 'across', none: '—' }

/** Every part line: what it is, which props need it, what it is cut from, its size, how many, the grain. */
export function PartsTable({
  parts,
  units,
}: {
  readonly parts: readonly CutPart[]
  readonly units: UnitSystem
}) {
  if (parts.length === 0) return <p className="hint">Add props to the scene: their parts are listed here.</p>
  return (
    <table className="cut-table" aria-label="Parts">
      <thead>
        <tr>
          <th scope="col">Tag</th>
          <th scope="col">Part</th>
          <th scope="col">Props</th>
          <th scope="col">Material</th>
          <th scope="col">Stock</th>
          <th scope="col">Size</th>
          <th scope="col">Count</th>
          <th scope="col">Grain</th>
        </tr>
      </thead>
      <tbody>
        {parts.map((p) => (
          <tr key={p.tag}>
            <th scope="row">{p.tag}</th>
            <td>{p.label}</td>
            <td>{p.props}</td>
            <td>
              <span className={`swatch swatch-${p.material}`} aria-hidden="true" /> {p.material}
            </td>
            <td>{stockName(p.stock)}</td>
            <td>{formatSize(p.size, units)}</td>
            <td className="num">{p.count}</td>
            <td>{GRAIN[p.grain]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
