import type { EstimateRates, Workshop } from '../../domain/cutlist/types'
import type { WorkshopState } from '../../store/workshopStore'
import { NumberField } from '../NumberField'

const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'JPY']

const within = (min: number, max: number, apply: (v: number) => void) => (v: number) => {
  if (v < min || v > max) return `between ${min} and ${max}`
  apply(v)
  return undefined
}

const RATE_FIELDS: readonly [keyof EstimateRates, string, string][] = [
  ['minutesPerCut', 'Per cut', 'min'],
  ['minutesPerPart', 'Per part (sand, glue)', 'min'],
  ['minutesPerPaintDm2', 'Paint per 100 cm²', 'min'],
  ['minutesPerWeatheringDm2', 'Weather per 100 cm²', 'min'],
  ['setupMinutes', 'Setup', 'min'],
]

/** How the maker cuts (kerf, trim, knife or straight cuts, grouping tolerance) and what their time costs. */
export function CuttingSettings({
  workshop,
  actions,
}: {
  readonly workshop: Workshop
  readonly actions: WorkshopState
}) {
  return (
    <div className="workshop-columns">
      <fieldset>
        <legend>Cutting</legend>
        <NumberField
          label="Kerf"
          unit="mm"
          step={0.1}
          value={workshop.kerfMm}
          hint="0.3 mm for a hobby knife, 3 mm for a table saw"
          onCommit={within(0, 10, (kerfMm) => actions.setCutting({ kerfMm }))}
        />
        <NumberField
          label="Edge trim"
          unit="mm"
          step={0.5}
          value={workshop.trimMm}
          onCommit={within(0, 50, (trimMm) => actions.setCutting({ trimMm }))}
        />
        <NumberField
          label="Group within"
          unit="mm"
          step={0.05}
          value={workshop.toleranceMm}
          hint="parts closer than this in size are one line"
          onCommit={within(0, 5, (toleranceMm) => actions.setCutting({ toleranceMm }))}
        />
        <div role="radiogroup" aria-label="Cutting mode" className="mode-choice">
          <label>
            <input
              type="radio"
              name="cut-mode"
              checked={workshop.mode === 'knife'}
              onChange={() => actions.setCutting({ mode: 'knife' })}
            />
            Knife (any layout)
          </label>
          <label>
            <input
              type="radio"
              name="cut-mode"
              checked={workshop.mode === 'guillotine'}
              onChange={() => actions.setCutting({ mode: 'guillotine' })}
            />
            Straight cuts (score and snap, saw)
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>Time and price</legend>
        {RATE_FIELDS.map(([name, label, unit]) => (
          <NumberField
            key={name}
            label={label}
            unit={unit}
            step={0.5}
            value={workshop.rates[name]}
            onCommit={within(0, 100_000, (v) => actions.setRate(name, v))}
          />
        ))}
        <NumberField
          label="Hourly rate"
          unit={workshop.currency}
          step={1}
          value={workshop.rates.hourlyRate}
          onCommit={within(0, 100_000, (v) => actions.setRate('hourlyRate', v))}
        />
        <div className="field">
          <label htmlFor="workshop-currency">Currency</label>
          <select
            id="workshop-currency"
            value={workshop.currency}
            onChange={(e) => actions.setCutting({ currency: e.target.value })}
          >
            {CURRENCIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
      </fieldset>
    </div>
  )
}
