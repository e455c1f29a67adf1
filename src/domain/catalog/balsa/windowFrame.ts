import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { count, defineProp, mm, type Part, type Piece } from '../types'

interface WindowParams {
  readonly widthMm: number
  readonly heightMm: number
  readonly frameMm: number
  readonly depthMm: number
  readonly barMm: number
  readonly columns: number
  readonly rows: number
  readonly glazingMm: number
}

/** The opening inside the frame and the size of one pane between the glazing bars. */
function panes(p: WindowParams) {
  const innerW = p.widthMm - 2 * p.frameMm
  const innerH = p.heightMm - 2 * p.frameMm
  return {
    innerW,
    innerH,
    paneW: (innerW - (p.columns - 1) * p.barMm) / p.columns,
    paneH: (innerH - (p.rows - 1) * p.barMm) / p.rows,
  }
}

/**
 * A window frame standing upright: two stiles, two rails between them, glazing bars half the frame's depth
 * set flush with its front, and a clear sheet behind the bars. The default is a 0.9 x 1.2 m six-pane sash
 * at 1:35: 26 x 34 mm, a 60 mm frame (1.7 mm), 25 mm bars (0.7 mm), glazed with 10 thou clear styrene.
 */
export const windowFrame = defineProp({
  kind: 'balsa.window',
  label: 'Window with glazing bars',
  material: 'balsa',
  params: {
    widthMm: mm('Width', 26, 5, 300),
    heightMm: mm('Height', 34, 5, 300),
    frameMm: mm('Frame width', 1.7, 0.5, 20),
    depthMm: mm('Frame depth', 1.6, 1, 10),
    barMm: mm('Glazing bar width', 0.7, 0.3, 5),
    columns: count('Panes across', 2, 1, 6),
    rows: count('Panes up', 3, 1, 6),
    glazingMm: mm('Glazing thickness', 0.25, 0.1, 0.5),
  },
  size: (p) => vec3(p.widthMm, p.heightMm, p.depthMm),
  check: (p) => {
    const { paneW, paneH } = panes(p)
    return firstIssue([
      [2 * p.frameMm >= p.widthMm, 'frameMm', 'frame width must be less than half the window width'],
      [2 * p.frameMm >= p.heightMm, 'frameMm', 'frame width must be less than half the window height'],
      [paneW <= 0, 'barMm', 'the glazing bars leave no room for panes across'],
      [paneH <= 0, 'barMm', 'the glazing bars leave no room for panes up'],
    ])
  },
  pieces: (p) => {
    const f = p.frameMm
    const b = p.barMm
    const { innerW, innerH, paneW, paneH } = panes(p)
    // Bars are half the frame deep, flush with its front; the glazing sits just behind them.
    const barZ = p.depthMm / 4
    const stile = (x: number): Piece => ({
      shape: 'box',
      at: vec3(x, p.heightMm / 2, 0),
      size: vec3(f, p.heightMm, p.depthMm),
      grain: 'y',
    })
    const rail = (y: number): Piece => ({
      shape: 'box',
      at: vec3(0, y, 0),
      size: vec3(innerW, f, p.depthMm),
      grain: 'x',
    })
    const columnLeft = (i: number) => -innerW / 2 + i * (paneW + b)
    const uprights = Array.from({ length: p.columns - 1 }, (_, i): Piece => ({
      shape: 'box',
      at: vec3(columnLeft(i + 1) - b / 2, p.heightMm / 2, barZ),
      size: vec3(b, innerH, p.depthMm / 2),
      grain: 'y',
    }))
    const crossBars = Array.from({ length: p.rows - 1 }, (_, j) => f + (j + 1) * (paneH + b) - b / 2).flatMap(
      (y) =>
        Array.from({ length: p.columns }, (_, i): Piece => ({
          shape: 'box',
          at: vec3(columnLeft(i) + paneW / 2, y, barZ),
          size: vec3(paneW, b, p.depthMm / 2),
          grain: 'x',
        })),
    )
    const glazing: Piece = {
      shape: 'box',
      at: vec3(0, p.heightMm / 2, -p.glazingMm / 2),
      size: vec3(innerW, innerH, p.glazingMm),
      material: 'plastic',
    }
    return [
      stile(-p.widthMm / 2 + f / 2),
      stile(p.widthMm / 2 - f / 2),
      rail(f / 2),
      rail(p.heightMm - f / 2),
      ...uprights,
      ...crossBars,
      glazing,
    ]
  },
  parts: (p) => {
    const { innerW, innerH, paneW } = panes(p)
    const strip = (
      label: string,
      thicknessMm: number,
      widthMm: number,
      lengthMm: number,
      n: number,
    ): Part => ({
      stock: 'balsa-strip',
      label,
      thicknessMm,
      widthMm,
      lengthMm,
      count: n,
      grain: 'length',
    })
    const parts: Part[] = [
      strip('Stile', p.depthMm, p.frameMm, p.heightMm, 2),
      strip('Rail', p.depthMm, p.frameMm, innerW, 2),
    ]
    if (p.columns > 1) parts.push(strip('Upright glazing bar', p.depthMm / 2, p.barMm, innerH, p.columns - 1))
    if (p.rows > 1)
      parts.push(strip('Cross glazing bar', p.depthMm / 2, p.barMm, paneW, (p.rows - 1) * p.columns))
    parts.push({
      stock: 'styrene-sheet',
      label: 'Glazing (clear)',
      thicknessMm: p.glazingMm,
      lengthMm: innerH,
      widthMm: innerW,
      count: 1,
      grain: 'none',
    })
    return parts
  },
})
