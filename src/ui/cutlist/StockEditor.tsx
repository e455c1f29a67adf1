import { useState } from 'react'
import { stockName } from '../../domain/cutlist/matchStock'
import type { StockItem, Workshop } from '../../domain/cutlist/types'
import type { WorkshopState } from '../../store/workshopStore'
import { AddStockForm, OffcutForm } from './StockForms'
import { money } from './format'

/** Shown rows at most: the built-in list has ~150 items; the filter finds the rest. */
const ROWS = 60

/** The maker's offcuts (used first) and the stock list with editable prices, their own items added. */
export function StockEditor({
  workshop,
  actions,
}: {
  readonly workshop: Workshop
  readonly actions: WorkshopState
}) {
  const [filter, setFilter] = useState('')
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean)
  const shown = workshop.stock.filter((s) => words.every((w) => s.name.toLowerCase().includes(w)))
  return (
    <div className="stock-editor">
      <section aria-label="Offcuts">
        <h4>Offcuts you have (used first)</h4>
        {workshop.offcuts.length === 0 ? (
          <p className="hint">None listed.</p>
        ) : (
          <ul className="offcuts">
            {workshop.offcuts.map((o) => (
              <li key={o.id}>
                {o.count} × {stockName(o.stock)} {o.thicknessMm} × {o.widthMm} × {o.lengthMm} mm{' '}
                <button
                  type="button"
                  onClick={() => actions.removeOffcut(o.id)}
                  aria-label={`Remove offcut ${o.id}`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <OffcutForm onAdd={actions.addOffcut} />
      </section>
      <section aria-label="Stock list">
        <h4>Stock and prices ({workshop.currency})</h4>
        <input
          type="search"
          aria-label="Filter stock"
          placeholder="Filter: balsa 1/16, styrene rod…"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <table className="cut-table">
          <tbody>
            {shown.slice(0, ROWS).map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.name}</th>
                <td>
                  <PriceInput item={item} onCommit={(price) => actions.setPrice(item.id, price)} />
                </td>
                <td className="hint">{money(item.price, workshop.currency)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => actions.removeStock(item.id)}
                    aria-label={`Remove ${item.name}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length > ROWS && <p className="hint">{shown.length - ROWS} more: narrow the filter.</p>}
        <AddStockForm onAdd={actions.addStock} />
        <button type="button" onClick={actions.resetStock}>
          Reset to the built-in list
        </button>
      </section>
    </div>
  )
}

function PriceInput({
  item,
  onCommit,
}: {
  readonly item: StockItem
  readonly onCommit: (price: number) => void
}) {
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    const price = Number(draft)
    if (draft !== null && draft.trim() !== '' && Number.isFinite(price) && price >= 0) onCommit(price)
    setDraft(null)
  }
  return (
    <input
      type="number"
      min={0}
      step={0.01}
      className="price"
      aria-label={`Price of ${item.name}`}
      value={draft ?? String(item.price)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  )
}
