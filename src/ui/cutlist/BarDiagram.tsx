import type { Ref } from 'react'
import type { BarCut, CutBar } from '../../domain/cutlist/packing'
import * as geo from './diagramGeometry'
import type { Box } from './diagramGeometry'
import {
  CutNumber,
  DiagramSvg,
  LabelledBox,
  StrokeLine,
  numberedText,
  useDiagramIds,
  type DiagramTone,
  type PartLabel,
} from './SheetDiagram'
import './diagrams.css'

export interface BarDiagramProps {
  readonly bar: CutBar
  /** The bar's name without its length, e.g. "Bar 2: pine strip 3 × 3 mm"; the drawing appends ", 914 mm". */
  readonly title: string
  readonly trimMm: number
  readonly pieceLabel: (pieceId: string) => PartLabel
  /** The bar is an offcut the maker already has (not one to buy): said in its name, outlined dashed. */
  readonly offcut?: boolean
  readonly tone?: DiagramTone
  /** The rendered <svg>, e.g. for svgFileText. */
  readonly ref?: Ref<SVGSVGElement>
}

/** Rows of cut numbers above the bar: numbers of cuts closer than a circle apart climb onto the next row. */
const NUMBER_ROWS = 6

/**
 * One bar of stock as a cutting diagram, read from its end at 0 (left): the pieces with tag and length, the kerf
 * between them, what is left over, and every cut numbered in order along the bar. Only the length is to scale.
 */
export function BarDiagram(props: BarDiagramProps) {
  const { bar, title, trimMm, pieceLabel, offcut: owned = false, tone = 'plain', ref } = props
  const ids = useDiagramIds()
  const lengthMm = bar.stockLengthMm
  const fontMm = geo.baseFontMm(lengthMm)
  const barHeight = fontMm * 2.6
  const radius = fontMm * 0.5
  const pad = fontMm * 0.9
  const lift = radius * 1.4
  const numbered = geo.markerCentres(
    bar.cutPositionsMm.slice(0, geo.MAX_NUMBERED_CUTS).map((x) => ({
      from: { x, y: -lift },
      to: { x, y: -lift - (NUMBER_ROWS - 1) * 2 * radius },
    })),
    radius,
  )
  const top = pad + radius - Math.min(-lift, ...numbered.map((c) => c.y))
  const viewBox = {
    x: -pad,
    y: -top,
    width: lengthMm + 2 * pad,
    height: barHeight + top + pad + fontMm * 1.8,
  }
  const pieces = [...bar.pieces].sort((a, b) => a.startMm - b.startMm)
  const leftover = geo.barLeftover(bar)
  const span = (x: number, width: number): Box => ({ x, y: 0, width, height: barHeight })
  // The kerf after each piece: up to the next piece, or to the leftover after the last one.
  const kerfs = pieces.map((p, i) => {
    const end = p.startMm + p.lengthMm
    return span(end, (pieces[i + 1]?.startMm ?? leftover?.startMm ?? end) - end)
  })
  const leftoverText = leftover && `left over ${geo.formatMm(leftover.lengthMm)}`
  const summary = pieces.map((p) => {
    const { tag, name } = pieceLabel(p.pieceId)
    return `${tag} ${name} ${geo.formatMm(p.lengthMm)} mm`
  })
  const desc = [
    `A ${geo.formatMm(lengthMm)} mm bar drawn from its end at the left; only its length is to scale.`,
    owned ? 'It is an offcut you already have, outlined dashed.' : '',
    trimMm > 0 ? `A ${geo.formatMm(trimMm)} mm trim at the end is hatched.` : '',
    `${pieces.length} ${pieces.length === 1 ? 'piece' : 'pieces'} from left to right: ${summary.join(', ')}.`,
    leftover ? `The last ${geo.formatMm(leftover.lengthMm)} mm is left over, to keep as an offcut.` : '',
    `Cuts are dashed lines, ${numberedText(numbered.length, bar.cutPositionsMm.length)} in order along the bar.`,
  ]
  return (
    <DiagramSvg
      {...{ ids, tone, ref, fontMm, desc, viewBox }}
      title={`${title}, ${geo.formatMm(lengthMm)} mm${owned ? ' (offcut)' : ''}`}
      caption={{ text: barCaption(bar), yMm: barHeight + pad + fontMm * 1.1 }}
    >
      {trimMm > 0 && <rect {...geo.roundedBox(span(0, trimMm))} fill={`url(#${ids.trim})`} />}
      {leftover && leftoverText && (
        <LabelledBox
          className="bar-leftover"
          box={span(leftover.startMm, leftover.lengthMm)}
          fill={`url(#${ids.waste})`}
          label={geo.fitLabel(
            [{ lines: [leftoverText], minMm: fontMm * 0.3 }],
            span(leftover.startMm, leftover.lengthMm),
            fontMm,
          )}
        />
      )}
      {pieces.map((p) => (
        <LabelledBox key={`${p.pieceId}#${p.copy}`} {...drawnPiece(p, pieceLabel(p.pieceId), span, fontMm)} />
      ))}
      {kerfs.map((k, i) => (
        <rect key={i} className="kerf" {...geo.roundedBox(k)} />
      ))}
      <rect
        className={owned ? 'outline offcut' : 'outline'}
        {...geo.roundedBox(span(0, lengthMm))}
        fill="none"
      />
      {bar.cutPositionsMm.map((x, i) => (
        <StrokeLine key={i} className="cut" stroke={{ from: { x, y: -lift }, to: { x, y: barHeight } }} />
      ))}
      {numbered.map((centre, i) => (
        <CutNumber key={i} centre={centre} radiusMm={radius} n={i + 1} />
      ))}
    </DiagramSvg>
  )
}

/** "Waste 12.3 mm (1.3 %) · 9 cuts" */
export function barCaption(bar: CutBar): string {
  const count = bar.cutPositionsMm.length
  const waste = `${geo.formatMm(bar.wasteMm, { grouped: true })} mm (${geo.formatMm(bar.wastePct)} %)`
  return `Waste ${waste} · ${count} ${count === 1 ? 'cut' : 'cuts'}`
}

function drawnPiece(p: BarCut, name: PartLabel, span: (x: number, w: number) => Box, fontMm: number) {
  const box = span(p.startMm, p.lengthMm)
  const length = geo.formatMm(p.lengthMm)
  const label = geo.fitLabel(
    [
      { lines: [name.tag, length], minMm: fontMm * 0.35 },
      { lines: [`${name.tag} ${length}`], minMm: fontMm * 0.35 },
      { lines: [name.tag], minMm: fontMm * 0.15 },
    ],
    box,
    fontMm * geo.LABEL_MAX_EM,
  )
  return { className: 'piece', box, label, tooltip: `${name.tag}: ${name.name}, ${length} mm` }
}
