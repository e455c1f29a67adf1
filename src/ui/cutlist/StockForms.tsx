import { useState, type FormEvent } from 'react'
import { STOCK_KINDS, type StockKind } from '../../domain/catalog/types'
import { stockName } from '../../domain/cutlist/matchStock'
import type { Offcut, StockItem } from '../../domain/cutlist/types'

/** Stock that is cut (sheets and lengths); foil and plaster are bought by area and weight. */
const CUT_STOCK = STOCK_KINDS.filter((k) => k !== 'kitchen-foil' && k !== 'plaster')
const isSheet = (kind: StockKind) => kind === 'balsa-sheet' || kind === 'styrene-sheet'

/** Reads the named number fields of a submitted form; undefined when one is missing or not positive. */
function readSizes<K extends string>(
  form: HTMLFormElement,
  names: readonly K[],
): Record<K, number> | undefined {
  const data = new FormData(form)
  const out = {} as Record<K, number>
  for (const name of names) {
    const v = Number(data.get(name))
    if (!Number.isFinite(v) || v <= 0) return undefined
    out[name] = v
  }
  return out
}

const newId = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

function KindSelect({ id }: { readonly id: string }) {
  return (
    <select id={id} name="stock" defaultValue="balsa-sheet">
      {CUT_STOCK.map((k) => (
        <option key={k} value={k}>
          {stockName(k)}
        </option>
      ))}
    </select>
  )
}

function SizeInputs({ prefix }: { readonly prefix: string }) {
  return (
    <>
      {(['thicknessMm', 'widthMm', 'lengthMm'] as const).map((name) => (
        <label key={name}>
          {name === 'thicknessMm' ? 'Thickness / ⌀' : name === 'widthMm' ? 'Width' : 'Length'} (mm)
          <input
            name={name}
            type="number"
            min={0.01}
            step="any"
            required
            aria-label={`${prefix} ${name.slice(0, -2)} (mm)`}
          />
        </label>
      ))}
    </>
  )
}

/** An offcut on the bench: a sheet or length the maker already has, used before anything is bought. */
export function OffcutForm({ onAdd }: { readonly onAdd: (offcut: Offcut) => void }) {
  const [problem, setProblem] = useState<string>()
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const form = e.currentTarget
    const sizes = readSizes(form, ['thicknessMm', 'widthMm', 'lengthMm', 'count'] as const)
    if (!sizes) return setProblem('Every size and the count must be positive numbers.')
    const stock = new FormData(form).get('stock') as StockKind
    onAdd({ id: newId('offcut'), stock, ...sizes, count: Math.round(sizes.count) })
    setProblem(undefined)
    form.reset()
  }
  return (
    <form className="stock-form" onSubmit={submit} aria-label="Add an offcut">
      <label>
        Stock <KindSelect id="offcut-stock" />
      </label>
      <SizeInputs prefix="Offcut" />
      <label>
        Count
        <input name="count" type="number" min={1} step={1} defaultValue={1} aria-label="Offcut count" />
      </label>
      <button type="submit">Add offcut</button>
      {problem && <p role="alert">{problem}</p>}
    </form>
  )
}

/** A size the maker's own shop sells, at their price. */
export function AddStockForm({ onAdd }: { readonly onAdd: (item: StockItem) => void }) {
  const [problem, setProblem] = useState<string>()
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const form = e.currentTarget
    const data = new FormData(form)
    const sizes = readSizes(form, ['thicknessMm', 'widthMm', 'lengthMm'] as const)
    const price = Number(data.get('price'))
    const name = String(data.get('name') ?? '').trim()
    if (!sizes || !Number.isFinite(price) || price < 0 || name === '')
      return setProblem('Give a name, positive sizes and a price of 0 or more.')
    const stock = data.get('stock') as StockKind
    const id = newId('own')
    const item: StockItem = isSheet(stock)
      ? { id, form: 'sheet', stock: stock as 'balsa-sheet' | 'styrene-sheet', name, ...sizes, price }
      : {
          id,
          form: 'bar',
          stock: stock as Extract<StockItem, { form: 'bar' }>['stock'],
          name,
          ...sizes,
          price,
        }
    onAdd(item)
    setProblem(undefined)
    form.reset()
  }
  return (
    <form className="stock-form" onSubmit={submit} aria-label="Add your own stock">
      <label>
        Name
        <input name="name" maxLength={120} required aria-label="Stock name" />
      </label>
      <label>
        Stock <KindSelect id="own-stock" />
      </label>
      <SizeInputs prefix="Stock" />
      <label>
        Price
        <input name="price" type="number" min={0} step={0.01} required aria-label="Stock price" />
      </label>
      <button type="submit">Add stock</button>
      {problem && <p role="alert">{problem}</p>}
    </form>
  )
}
