import type { CutPlan, StockGroupPlan } from '../../domain/cutlist/types'
import { roundTo } from '../../domain/units/vec'
import { downloadText, slugOf } from '../download'
import { BarDiagram } from './BarDiagram'
import { exportName } from './format'
import { SheetDiagram } from './SheetDiagram'
import { svgFileText } from './svgFile'

interface DiagramsViewProps {
  readonly plan: CutPlan
  readonly trimMm: number
  readonly sceneName: string
}

/** One section per stock group: each sheet and bar drawn with its parts, cuts numbered in the order to make them. */
export function DiagramsView({ plan, trimMm, sceneName }: DiagramsViewProps) {
  const names = new Map(plan.parts.map((p) => [p.tag, p.label]))
  const label = (tag: string) => ({ tag, name: names.get(tag) ?? tag })
  if (plan.groups.length === 0) return <p className="hint">Nothing to cut yet.</p>
  const download = (button: HTMLButtonElement, name: string) => {
    const svg = button.closest('figure')?.querySelector('svg')
    if (svg) downloadText(exportName(sceneName, name, 'svg'), svgFileText(svg), 'image/svg+xml')
  }
  return (
    <div className="diagrams">
      {plan.groups.map((group) => (
        <section key={group.title} className="diagram-group" aria-label={group.title}>
          <h4>
            {group.title} <span className="hint">parts {group.partTags.join(', ')}</span>
          </h4>
          {group.note && <p className="hint">{group.note}</p>}
          {group.form === 'sheet' &&
            group.sheets.map((s, i) => (
              <figure key={i}>
                <SheetDiagram
                  sheet={s.layout}
                  size={s.size}
                  trimMm={trimMm}
                  title={`Sheet ${i + 1}: ${s.name}`}
                  partLabel={label}
                  grain={group.grained ? 'height' : 'none'}
                  offcut={s.offcut}
                  tone={group.grained ? 'balsa' : 'plain'}
                />
                <button
                  type="button"
                  onClick={(e) => download(e.currentTarget, `${slugOf(group.title)}-sheet-${i + 1}`)}
                >
                  Download SVG
                </button>
              </figure>
            ))}
          {group.form === 'bar' &&
            group.bars.map((b, i) => (
              <figure key={i}>
                <BarDiagram
                  bar={b.layout}
                  title={`Length ${i + 1}: ${b.name}`}
                  trimMm={trimMm}
                  pieceLabel={label}
                />
              </figure>
            ))}
          {(group.form === 'roll' || group.form === 'bag') && <p>{bulkText(group)}</p>}
        </section>
      ))}
    </div>
  )
}

function bulkText(group: Extract<StockGroupPlan, { form: 'roll' | 'bag' }>): string {
  return group.form === 'roll'
    ? `${roundTo(group.amount / 10_000, 1)} dm² of foil, overlaps included.`
    : `${Math.ceil(group.amount)} g of plaster powder, mixing losses included.`
}
