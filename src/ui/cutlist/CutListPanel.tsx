import { use, useState, useSyncExternalStore } from 'react'
import type { PaperSize } from '../../domain/cutlist/templates/types'
import { useEditor, useEditorStore } from '../../store/useEditor'
import { useWorkshopLoader } from '../../store/workshopContext'
import { loadOnce } from '../loadOnce'
import { CuttingSettings } from './CuttingSettings'
import { downloadCutListCsv, downloadShoppingCsv, downloadTemplatesPdf } from './cutListExports'
import { DiagramsView } from './DiagramsView'
import { planSummary } from './format'
import { PartsTable } from './PartsTable'
import { ShoppingView } from './ShoppingView'
import { StockEditor } from './StockEditor'
import { useCutPlan } from './useCutPlan'
import './cutlist.css'

const TABS = ['Parts', 'Diagrams', 'Shopping list', 'Workshop'] as const
type Tab = (typeof TABS)[number]
/** Ids may not hold spaces: "Shopping list" -> cut-tab-shopping-list. */
const tabId = (t: Tab) => `cut-tab-${t.toLowerCase().replace(/\s+/g, '-')}`

/**
 * The cut list drawer: parts, cutting diagrams, shopping list with the estimate, and the maker's workshop
 * (stock, prices, offcuts, settings). Packs in a worker and follows every edit of the scene.
 */
export default function CutListPanel() {
  const store = use(loadOnce(useWorkshopLoader()))
  const workshopState = useSyncExternalStore(store.subscribe, store.getState)
  const { workshop } = workshopState
  const editor = useEditorStore()
  const scene = useEditor((s) => s.scene)
  const units = useEditor((s) => s.units)
  const { plan, estimate, progress, error, stale } = useCutPlan(scene, workshop)
  const [tab, setTab] = useState<Tab>('Parts')
  const [paper, setPaper] = useState<PaperSize>('a4')
  const [pdfProblem, setPdfProblem] = useState<string>()

  const makePdf = () => {
    if (!plan) return
    setPdfProblem(undefined)
    downloadTemplatesPdf(scene.name, plan, paper).catch((e: Error) => setPdfProblem(e.message))
  }

  return (
    <section className="cutlist" aria-label="Cut list">
      <header className="cutlist-head">
        <h2>Cut list</h2>
        <div role="tablist" aria-label="Cut list views">
          {TABS.map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={tabId(t)}
              aria-selected={tab === t}
              aria-controls="cut-tabpanel"
              tabIndex={tab === t ? 0 : -1}
              onClick={() => setTab(t)}
              onKeyDown={(e) => {
                // The tabs pattern: arrows move between tabs, Home and End to the first and last.
                const i = TABS.indexOf(t)
                const to =
                  e.key === 'ArrowRight'
                    ? (i + 1) % TABS.length
                    : e.key === 'ArrowLeft'
                      ? (i + TABS.length - 1) % TABS.length
                      : e.key === 'Home'
                        ? 0
                        : e.key === 'End'
                          ? TABS.length - 1
                          : -1
                if (to < 0) return
                e.preventDefault()
                setTab(TABS[to]!)
                document.getElementById(tabId(TABS[to]!))?.focus()
              }}
            >
              {t}
            </button>
          ))}
        </div>
        <p className="cutlist-summary" aria-live="polite">
          {plan ? planSummary(plan, workshop.currency) : ''}
        </p>
        {progress !== undefined && (
          <progress aria-label="Packing parts" max={1} value={progress}>
            {Math.round(progress * 100)} %
          </progress>
        )}
        <div className="cutlist-exports">
          <button
            type="button"
            disabled={!plan}
            onClick={() => plan && downloadCutListCsv(scene.name, plan, units)}
          >
            Cut list CSV
          </button>
          <button
            type="button"
            disabled={!plan || !estimate}
            onClick={() => plan && estimate && downloadShoppingCsv(scene.name, plan, estimate, workshop)}
          >
            Shopping list CSV
          </button>
          <select
            aria-label="Paper size"
            value={paper}
            onChange={(e) => setPaper(e.target.value as PaperSize)}
          >
            <option value="a4">A4</option>
            <option value="letter">Letter</option>
          </select>
          <button type="button" disabled={!plan} onClick={makePdf}>
            Templates PDF
          </button>
          <button type="button" onClick={() => editor.getState().setCutListOpen(false)}>
            Close
          </button>
        </div>
      </header>
      {(error || pdfProblem || workshopState.problem) && (
        <p role="alert" className="field-problem">
          {error && `The cut list could not be packed: ${error}. `}
          {pdfProblem && `The templates could not be made: ${pdfProblem}. `}
          {workshopState.problem}
        </p>
      )}
      <div
        id="cut-tabpanel"
        role="tabpanel"
        aria-labelledby={tabId(tab)}
        aria-busy={stale}
        className="cutlist-body"
        // Focusable, as the tabs pattern asks: the panel scrolls, and its parts table has nothing to focus.
        tabIndex={0}
      >
        {tab === 'Workshop' ? (
          <>
            <CuttingSettings workshop={workshop} actions={workshopState} />
            <StockEditor workshop={workshop} actions={workshopState} />
          </>
        ) : !plan ? (
          <p className="hint">Packing the parts…</p>
        ) : tab === 'Parts' ? (
          <PartsTable parts={plan.parts} units={units} />
        ) : tab === 'Diagrams' ? (
          <DiagramsView plan={plan} trimMm={workshop.trimMm} sceneName={scene.name} />
        ) : (
          estimate && (
            <ShoppingView
              plan={plan}
              estimate={estimate}
              currency={workshop.currency}
              hourlyRate={workshop.rates.hourlyRate}
            />
          )
        )}
      </div>
    </section>
  )
}
