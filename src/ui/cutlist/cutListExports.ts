import { cutListCsv, shoppingCsv } from '../../domain/cutlist/csv'
import type { Estimate } from '../../domain/cutlist/estimate'
import type { CutPlan, Workshop } from '../../domain/cutlist/types'
import type { PaperSize, TemplatePart } from '../../domain/cutlist/templates/types'
import type { UnitSystem } from '../../domain/units/unitSystem'
import { downloadBytes, downloadText } from '../download'
import { exportName } from './format'

export function downloadCutListCsv(sceneName: string, plan: CutPlan, units: UnitSystem): void {
  downloadText(exportName(sceneName, 'cut-list', 'csv'), cutListCsv(plan.parts, units), 'text/csv')
}

export function downloadShoppingCsv(
  sceneName: string,
  plan: CutPlan,
  estimate: Estimate,
  workshop: Workshop,
) {
  downloadText(
    exportName(sceneName, 'shopping-list', 'csv'),
    shoppingCsv(plan, estimate, workshop.currency),
    'text/csv',
  )
}

/** Flat parts (sheet and strip) at true size; pdf-lib loads only now. */
export async function downloadTemplatesPdf(
  sceneName: string,
  plan: CutPlan,
  paper: PaperSize,
): Promise<void> {
  const { templatesPdf } = await import('../../domain/cutlist/templates/templatesPdf')
  const bytes = await templatesPdf(templateParts(plan), { paper, title: `${sceneName}: cutting templates` })
  downloadBytes(exportName(sceneName, `templates-${paper}`, 'pdf'), bytes, 'application/pdf')
}

export function templateParts(plan: CutPlan): TemplatePart[] {
  return plan.parts.flatMap((p): TemplatePart[] =>
    p.size.shape === 'flat'
      ? [
          {
            id: p.tag,
            label: `${p.tag} ${p.label}`,
            source: p.props,
            widthMm: p.size.widthMm,
            lengthMm: p.size.lengthMm,
            thicknessMm: p.size.thicknessMm,
            material: p.stock === 'styrene-sheet' ? 'styrene' : 'balsa',
            count: p.count,
            grain: p.grain,
          },
        ]
      : [],
  )
}
