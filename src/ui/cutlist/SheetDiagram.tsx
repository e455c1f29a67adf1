import { useId, type ReactNode, type Ref } from 'react'
import type { PackedSheet, Placement, SheetSize } from '../../domain/cutlist/packing'
import * as geo from './diagramGeometry'
import type { Box, FittedLabel, Point, SheetView, Stroke } from './diagramGeometry'
import './diagrams.css'

/** Part colour: warm wood for balsa, light grey for every other material. */
export type DiagramTone = 'balsa' | 'plain'

export interface PartLabel {
  /** Short mark written on the part, e.g. "A" or "B3". */
  readonly tag: string
  readonly name: string
}

export interface SheetDiagramProps {
  readonly sheet: PackedSheet
  readonly size: SheetSize
  readonly trimMm: number
  /** The sheet's name without its size, e.g. "Sheet 1: balsa 1.5 mm"; the drawing appends ", 100 × 1000 mm". */
  readonly title: string
  readonly partLabel: (partId: string) => PartLabel
  /** 'height': the grain runs along the sheet's height (balsa), shown by an arrow beside the sheet. */
  readonly grain?: 'height' | 'none'
  /** The sheet is an offcut the maker already has (not one to buy): said in its name, outlined dashed. */
  readonly offcut?: boolean
  readonly tone?: DiagramTone
  /** The rendered <svg>, e.g. for svgFileText. */
  readonly ref?: Ref<SVGSVGElement>
}

/** A packed sheet as a cutting diagram: parts with their tags, trim, grain, and the cuts numbered in order. */
export function SheetDiagram(props: SheetDiagramProps) {
  const { sheet, size, trimMm, title, partLabel, grain = 'none', offcut = false, tone = 'plain', ref } = props
  const ids = useDiagramIds()
  const view = geo.sheetView(size)
  const fontMm = geo.baseFontMm(Math.max(view.width, view.height))
  const frame = geo.sheetFrame(view, fontMm, grain === 'height')
  const strokes = sheet.cuts.map((c) => view.cut(c))
  const radius = fontMm * 0.5
  const numbered = geo.markerCentres(strokes.slice(0, geo.MAX_NUMBERED_CUTS), radius)
  const sheetBox = geo.roundedBox({ x: 0, y: 0, width: view.width, height: view.height })
  const inner = view.rect(trimMm, trimMm, size.widthMm - 2 * trimMm, size.heightMm - 2 * trimMm)
  const trimBand = geo.bandPath(sheetBox, inner)
  const spare = geo.sheetLeftover(sheet.placements, size, trimMm)
  const spareBox = spare && view.rect(spare.xMm, spare.yMm, spare.widthMm, spare.heightMm)
  const spareText = spare && `left over ${geo.formatMm(spare.widthMm)} × ${geo.formatMm(spare.heightMm)}`
  const sizeText = `${geo.formatMm(size.widthMm)} × ${geo.formatMm(size.heightMm)} mm`
  const desc = [
    view.lyingDown
      ? `The ${sizeText} sheet is drawn lying on its side, turned a quarter turn clockwise: its bottom end is on the left.`
      : `The ${sizeText} sheet is drawn upright.`,
    offcut ? 'It is an offcut you already have, outlined dashed.' : '',
    trimMm > 0 ? `A ${geo.formatMm(trimMm)} mm trim on every edge is hatched.` : '',
    grain === 'height' ? 'The grain runs along the sheet’s height.' : '',
    partsSummary(sheet.placements, partLabel),
    spare ? `A ${spareText} mm strip is left past the last part, to keep as an offcut.` : '',
    `Cuts are dashed lines, ${numberedText(numbered.length, strokes.length)} in cutting order.`,
  ]
  return (
    <DiagramSvg
      {...{ ids, tone, ref, fontMm, desc }}
      viewBox={frame.viewBox}
      title={`${title}, ${sizeText}${offcut ? ' (offcut)' : ''}`}
      caption={{ text: sheetCaption(sheet), yMm: frame.captionY }}
    >
      <rect {...sheetBox} fill={`url(#${ids.waste})`} />
      {trimMm > 0 && <path className="trim" fillRule="evenodd" fill={`url(#${ids.trim})`} d={trimBand} />}
      {spareBox && spareText && (
        <LabelledBox
          className="leftover"
          box={spareBox}
          label={geo.fitLabel([{ lines: [spareText], minMm: fontMm * 0.3 }], spareBox, fontMm)}
        />
      )}
      {sheet.placements.map((p) => (
        <LabelledBox key={`${p.partId}#${p.copy}`} {...drawnPart(p, partLabel(p.partId), view, fontMm)} />
      ))}
      <rect className={offcut ? 'outline offcut' : 'outline'} {...sheetBox} fill="none" />
      {strokes.map((s, i) => (
        <StrokeLine key={i} className="cut" stroke={s} />
      ))}
      {numbered.map((centre, i) => (
        <CutNumber key={i} centre={centre} radiusMm={radius} n={i + 1} />
      ))}
      {frame.grain && (
        <g className="grain">
          <StrokeLine stroke={frame.grain.line} />
          {geo.doubleArrowHeads(frame.grain.line.from, frame.grain.line.to, fontMm * 0.6).map((points) => (
            <polygon key={points} points={points} />
          ))}
          <text
            {...geo.roundedPoint(frame.grain.labelAt)}
            fontSize={geo.round(fontMm * 0.8)}
            textAnchor={frame.grain.anchor}
            dominantBaseline="central"
          >
            grain
          </text>
        </g>
      )}
    </DiagramSvg>
  )
}

/** "Waste 23.4 % · 17 cuts · 1,234 mm of cutting" */
export function sheetCaption(sheet: PackedSheet): string {
  const cuts = `${sheet.cutCount} ${sheet.cutCount === 1 ? 'cut' : 'cuts'}`
  const length = geo.formatMm(sheet.cutLengthMm, { grouped: true })
  return `Waste ${geo.formatMm(sheet.wastePct)} % · ${cuts} · ${length} mm of cutting`
}

function drawnPart(p: Placement, name: PartLabel, view: SheetView, fontMm: number): LabelledBoxProps {
  const box = view.rect(p.xMm, p.yMm, p.widthMm, p.heightMm)
  // The part's own size, as in the cut list: a turned part was placed with width and height swapped.
  const [w, h] = p.rotated ? [p.heightMm, p.widthMm] : [p.widthMm, p.heightMm]
  const dims = `${geo.formatMm(w)} × ${geo.formatMm(h)}`
  const turned = p.rotated ? ' ↻' : ''
  const label = geo.fitLabel(
    [
      { lines: [name.tag, dims + turned], minMm: fontMm * 0.35 },
      { lines: [`${name.tag} ${dims}${turned}`], minMm: fontMm * 0.35 },
      { lines: [name.tag + turned], minMm: fontMm * 0.15 },
      { lines: [name.tag], minMm: fontMm * 0.15 },
    ],
    box,
    fontMm * geo.LABEL_MAX_EM,
  )
  const tooltip = `${name.tag}: ${name.name}, ${dims} mm${p.rotated ? ', turned 90°' : ''}`
  return { className: p.rotated ? 'part rotated' : 'part', box, label, tooltip }
}

function partsSummary(placements: readonly Placement[], partLabel: (id: string) => PartLabel): string {
  if (placements.length === 0) return 'No parts.'
  const counts = new Map<string, { total: number; turned: number }>()
  for (const p of placements) {
    const c = counts.get(p.partId) ?? { total: 0, turned: 0 }
    counts.set(p.partId, { total: c.total + 1, turned: c.turned + (p.rotated ? 1 : 0) })
  }
  const items = [...counts].map(([id, c]) => {
    const { tag, name } = partLabel(id)
    return `${tag} ${name} ×${c.total}${c.turned ? ` (${c.turned} turned 90°, marked ↻)` : ''}`
  })
  return `${placements.length} ${placements.length === 1 ? 'part' : 'parts'}: ${items.join(', ')}.`
}

// The building blocks below are shared with BarDiagram.

/** "all 17 numbered", "the first 40 of 52 numbered" */
export const numberedText = (numbered: number, total: number): string =>
  numbered === total ? `all ${total} numbered` : `the first ${numbered} of ${total} numbered`

export interface DiagramIds {
  readonly title: string
  readonly desc: string
  readonly waste: string
  readonly trim: string
}

/** Ids unique on the page (several diagrams share it) and plain enough for url(#…) in any SVG reader. */
export function useDiagramIds(): DiagramIds {
  const base = `dg${useId().replace(/[^A-Za-z0-9]/g, '')}`
  return { title: `${base}-title`, desc: `${base}-desc`, waste: `${base}-waste`, trim: `${base}-trim` }
}

interface DiagramSvgProps {
  readonly ids: DiagramIds
  readonly viewBox: Box
  readonly title: string
  /** Sentences for <desc>; empty ones are left out. */
  readonly desc: readonly string[]
  readonly tone: DiagramTone
  readonly fontMm: number
  /** One line of figures below the drawing, shrunk if need be to fit its width. */
  readonly caption: { readonly text: string; readonly yMm: number }
  readonly ref?: Ref<SVGSVGElement> | undefined
  readonly children: ReactNode
}

/**
 * The frame both diagrams share: an accessible image named by its title, as wide as its container, with the
 * diagonal hatchings (light for waste, denser and tinted for trim) spaced to suit the drawing's scale.
 */
export function DiagramSvg(props: DiagramSvgProps) {
  const { ids, viewBox, fontMm, caption } = props
  const hatches = [
    { id: ids.waste, kind: 'waste', size: geo.round(fontMm * 0.35) },
    { id: ids.trim, kind: 'trim', size: geo.round(fontMm * 0.18) },
  ]
  const captionRoom = { width: viewBox.x + viewBox.width, height: fontMm * 1.2 }
  const captionMm = geo.fitFontSize([caption.text], captionRoom, { maxMm: fontMm, minMm: 0 }) ?? fontMm
  return (
    <svg
      ref={props.ref}
      className={`cut-diagram diagram-svg tone-${props.tone}`}
      role="img"
      aria-labelledby={ids.title}
      aria-describedby={ids.desc}
      viewBox={[viewBox.x, viewBox.y, viewBox.width, viewBox.height].map(geo.round).join(' ')}
      width="100%"
      preserveAspectRatio="xMidYMin meet"
    >
      <title id={ids.title}>{props.title}</title>
      <desc id={ids.desc}>{props.desc.filter(Boolean).join(' ')}</desc>
      <defs>
        {hatches.map((h) => (
          <pattern key={h.id} id={h.id} patternUnits="userSpaceOnUse" width={h.size} height={h.size}>
            <rect className={`hatch-bg ${h.kind}`} width={h.size} height={h.size} />
            <path
              className={`hatch-line ${h.kind}`}
              d={hatchPath(h.size)}
              strokeWidth={geo.round(h.size * 0.12)}
            />
          </pattern>
        ))}
      </defs>
      {props.children}
      <text className="caption" x={0} y={geo.round(caption.yMm)} fontSize={geo.round(captionMm)}>
        {caption.text}
      </text>
    </svg>
  )
}

/** One tile of 45-degree hatching, drawn diagonally in the tile (corners included) so the lines join up. */
const hatchPath = (s: number) =>
  `M0,${s}L${s},0M${-s / 2},${s / 2}L${s / 2},${-s / 2}M${s / 2},${1.5 * s}L${1.5 * s},${s / 2}`

export interface LabelledBoxProps {
  readonly className: string
  readonly box: Box
  readonly label: FittedLabel | null
  /** Hover text naming the part in full, for parts too small for their label. */
  readonly tooltip?: string
  readonly fill?: string
}

/** A part, piece or offcut: its rectangle with the label lines that fitted, centred. */
export function LabelledBox({ className, box, label, tooltip, fill }: LabelledBoxProps) {
  const cx = geo.round(box.x + box.width / 2)
  const cy = box.y + box.height / 2
  const offsets = geo.lineOffsets(label?.lines.length ?? 0)
  return (
    <g className={className}>
      {tooltip && <title>{tooltip}</title>}
      <rect {...geo.roundedBox(box)} fill={fill} />
      {label && (
        <text
          className="label"
          fontSize={geo.round(label.fontMm)}
          textAnchor="middle"
          dominantBaseline="central"
        >
          {label.lines.map((line, i) => (
            <tspan key={i} x={cx} y={geo.round(cy + (offsets[i] ?? 0) * label.fontMm)}>
              {line}
            </tspan>
          ))}
        </text>
      )}
    </g>
  )
}

/** A cut's order number in a circle. */
export function CutNumber({ centre, radiusMm, n }: { centre: Point; radiusMm: number; n: number }) {
  const at = geo.roundedPoint(centre)
  return (
    <g className="cut-number">
      <circle cx={at.x} cy={at.y} r={geo.round(radiusMm)} />
      <text {...at} fontSize={geo.round(radiusMm * 1.2)} textAnchor="middle" dominantBaseline="central">
        {n}
      </text>
    </g>
  )
}

export function StrokeLine({ stroke, className }: { readonly stroke: Stroke; readonly className?: string }) {
  const [from, to] = [geo.roundedPoint(stroke.from), geo.roundedPoint(stroke.to)]
  return <line className={className} x1={from.x} y1={from.y} x2={to.x} y2={to.y} />
}
