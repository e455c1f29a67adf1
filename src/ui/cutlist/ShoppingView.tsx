import type { Estimate } from '../../domain/cutlist/estimate'
import { totalCost } from '../../domain/cutlist/shoppingList'
import type { CutPlan } from '../../domain/cutlist/types'
import { formatMinutes, money } from './format'

/** What to buy and what it costs, then the time and price of the build for a maker who takes commissions. */
export function ShoppingView(props: {
  readonly plan: CutPlan
  readonly estimate: Estimate
  readonly currency: string
  readonly hourlyRate: number
}) {
  const { plan, estimate, currency, hourlyRate } = props
  const m = estimate.minutes
  return (
    <div className="shopping">
      <table className="cut-table" aria-label="Shopping list">
        <thead>
          <tr>
            <th scope="col">Buy</th>
            <th scope="col">Qty</th>
            <th scope="col">Each</th>
            <th scope="col">Cost</th>
            <th scope="col">Used</th>
          </tr>
        </thead>
        <tbody>
          {plan.shopping.map((l) => (
            <tr key={l.stockId}>
              <th scope="row">{l.name}</th>
              <td className="num">{l.quantity}</td>
              <td className="num">{money(l.unitPrice, currency)}</td>
              <td className="num">{money(l.cost, currency)}</td>
              <td className="num">{l.usedPct} %</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td />
            <td />
            <td className="num">{money(totalCost(plan.shopping), currency)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      {plan.unsupplied.length > 0 && (
        <div role="status" className="unsupplied">
          <h4>Not in your stock list</h4>
          <ul>
            {plan.unsupplied.map((u) => (
              <li key={u.tag + u.reason}>
                <strong>{u.tag}</strong>: {u.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <table className="cut-table estimate" aria-label="Estimate">
        <tbody>
          <tr>
            <th scope="row">Setup and clean-up</th>
            <td className="num">{formatMinutes(m.setup)}</td>
          </tr>
          <tr>
            <th scope="row">Cutting ({estimate.cutCount} cuts)</th>
            <td className="num">{formatMinutes(m.cutting)}</td>
          </tr>
          <tr>
            <th scope="row">Sanding and gluing ({estimate.partCount} parts)</th>
            <td className="num">{formatMinutes(m.assembly)}</td>
          </tr>
          <tr>
            <th scope="row">Painting ({estimate.paintDm2} dm²)</th>
            <td className="num">{formatMinutes(m.painting)}</td>
          </tr>
          <tr>
            <th scope="row">Weathering ({estimate.weatheringDm2} dm²)</th>
            <td className="num">{formatMinutes(m.weathering)}</td>
          </tr>
          <tr>
            <th scope="row">Build time, at {money(hourlyRate, currency)}/h</th>
            <td className="num">
              {formatMinutes(m.total)} · {money(estimate.labour, currency)}
            </td>
          </tr>
          <tr>
            <th scope="row">Materials</th>
            <td className="num">{money(estimate.materials, currency)}</td>
          </tr>
          <tr className="total">
            <th scope="row">Suggested price</th>
            <td className="num">{money(estimate.price, currency)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  )
}
