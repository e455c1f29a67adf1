/**
 * One sheet for straight cuts: free space is a set of disjoint rectangles, each a node of a guillotine cut tree.
 * Placing an item in the corner of a free rectangle cuts the rest of it in two with one edge-to-edge cut, so every
 * layout built here can be cut with a saw or by score-and-snap. Sizes are kerf-grown working units.
 */
import {
  AS_GIVEN as GIVEN,
  EPS as TOLERANCE,
  TURNED as TURN,
  type Candidate,
  type PackBin,
  type Placed,
  type Rect,
  type Turns,
} from './bin'

// Local copies: tsx and vitest turn imported bindings into getter calls, which cost in the hot loops.
const EPS = TOLERANCE
const AS_GIVEN = GIVEN
const TURNED = TURN

/** Spot choice: area fit, short side fit, long side fit (lower score wins). */
export type FitRule = 'baf' | 'bssf' | 'blsf'
/**
 * Which way to cut the leftover L around the item: along the shorter or longer leftover side, to keep the larger
 * piece as large as possible, or to split along the shorter or longer side of the free rectangle.
 */
export type SplitRule = 'slas' | 'llas' | 'maxas' | 'minas' | 'sas' | 'las'

export interface GuillotineRule {
  readonly fit: FitRule
  readonly split: SplitRule
}

export const GUILLOTINE_RULES: readonly GuillotineRule[] = (['baf', 'bssf', 'blsf'] as const).flatMap((fit) =>
  (['slas', 'llas', 'maxas', 'minas', 'sas', 'las'] as const).map((split) => ({ fit, split })),
)

export class GuillotineBin implements PackBin {
  readonly free: Rect[]
  readonly placed: Placed[] = []
  usedArea = 0
  private chosen = -1

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly rule: GuillotineRule,
  ) {
    this.free = [{ x: 0, y: 0, w: width, h: height }]
  }

  find(w: number, h: number, turns: Turns, out: Candidate): boolean {
    out.s1 = Infinity
    out.s2 = Infinity
    this.chosen = -1
    if (turns & AS_GIVEN) this.scan(w, h, false, out)
    if (turns & TURNED && (!(turns & AS_GIVEN) || Math.abs(w - h) > EPS)) this.scan(h, w, true, out)
    return this.chosen >= 0
  }

  private scan(w: number, h: number, rotated: boolean, out: Candidate): void {
    const free = this.free
    for (let i = 0; i < free.length; i++) {
      const f = free[i] as Rect
      if (f.w + EPS < w || f.h + EPS < h) continue
      const dw = f.w - w
      const dh = f.h - h
      let s1: number
      let s2: number
      switch (this.rule.fit) {
        case 'baf':
          s1 = f.w * f.h - w * h
          s2 = Math.min(dw, dh)
          break
        case 'bssf':
          s1 = Math.min(dw, dh)
          s2 = Math.max(dw, dh)
          break
        case 'blsf':
          s1 = Math.max(dw, dh)
          s2 = Math.min(dw, dh)
          break
      }
      if (s1 < out.s1 - EPS || (s1 <= out.s1 + EPS && s2 < out.s2 - EPS)) {
        out.s1 = s1
        out.s2 = s2
        out.x = f.x
        out.y = f.y
        out.w = w
        out.h = h
        out.rotated = rotated
        this.chosen = i
      }
    }
  }

  place(c: Candidate, item: number): void {
    const free = this.free
    const f = free[this.chosen] as Rect
    free[this.chosen] = free[free.length - 1] as Rect
    free.pop()
    this.chosen = -1
    this.placed.push({ x: c.x, y: c.y, w: c.w, h: c.h, item, rotated: c.rotated })
    this.usedArea += c.w * c.h
    const dw = f.w - c.w
    const dh = f.h - c.h
    let horizontal: boolean // cut along y = top of the item, across the whole free rectangle
    switch (this.rule.split) {
      case 'slas':
        horizontal = dw <= dh
        break
      case 'llas':
        horizontal = dw > dh
        break
      case 'maxas':
        horizontal = c.w * dh <= dw * c.h
        break
      case 'minas':
        horizontal = c.w * dh > dw * c.h
        break
      case 'sas':
        horizontal = f.w <= f.h
        break
      case 'las':
        horizontal = f.w > f.h
        break
    }
    const right: Rect = { x: f.x + c.w, y: f.y, w: dw, h: horizontal ? c.h : f.h }
    const top: Rect = { x: f.x, y: f.y + c.h, w: horizontal ? f.w : c.w, h: dh }
    if (right.w > EPS && right.h > EPS) free.push(right)
    if (top.w > EPS && top.h > EPS) free.push(top)
  }
}
