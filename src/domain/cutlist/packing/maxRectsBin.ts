/**
 * One sheet for the knife mode: the maximal-rectangles structure (Jylänki, "A Thousand Ways to Pack the Bin").
 * Free space is kept as every maximal empty rectangle, which may overlap one another, so any layout is reachable.
 * Sizes here are already grown by the kerf (see normalize.ts), so touching rectangles leave a kerf between parts.
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

/** How a free spot is chosen, lower score wins: short side fit, long side fit, area fit, bottom-left, contact. */
export type KnifeRule = 'bssf' | 'blsf' | 'baf' | 'bl' | 'cp'

export const KNIFE_RULES: readonly KnifeRule[] = ['bssf', 'baf', 'blsf', 'cp', 'bl']

export class MaxRectsBin implements PackBin {
  readonly free: Rect[]
  readonly placed: Placed[] = []
  usedArea = 0

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly rule: KnifeRule,
  ) {
    this.free = [{ x: 0, y: 0, w: width, h: height }]
  }

  find(w: number, h: number, turns: Turns, out: Candidate): boolean {
    out.s1 = Infinity
    out.s2 = Infinity
    if (turns & AS_GIVEN) this.scan(w, h, false, out)
    if (turns & TURNED && (!(turns & AS_GIVEN) || Math.abs(w - h) > EPS)) this.scan(h, w, true, out)
    return out.s1 !== Infinity
  }

  private scan(w: number, h: number, rotated: boolean, out: Candidate): void {
    const free = this.free
    for (let i = 0; i < free.length; i++) {
      const f = free[i] as Rect
      if (f.w + EPS < w || f.h + EPS < h) continue
      let s1: number
      let s2: number
      switch (this.rule) {
        case 'bssf': {
          const dw = f.w - w
          const dh = f.h - h
          s1 = Math.min(dw, dh)
          s2 = Math.max(dw, dh)
          break
        }
        case 'blsf': {
          const dw = f.w - w
          const dh = f.h - h
          s1 = Math.max(dw, dh)
          s2 = Math.min(dw, dh)
          break
        }
        case 'baf':
          s1 = f.w * f.h - w * h
          s2 = Math.min(f.w - w, f.h - h)
          break
        case 'bl':
          s1 = f.y + h
          s2 = f.x
          break
        case 'cp':
          s1 = -this.contact(f.x, f.y, w, h)
          s2 = f.y + h
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
      }
    }
  }

  /** Length of the item's outline touching the sheet edge or placed items. */
  private contact(x: number, y: number, w: number, h: number): number {
    let score = 0
    if (x <= EPS || Math.abs(x + w - this.width) <= EPS) score += h
    if (y <= EPS || Math.abs(y + h - this.height) <= EPS) score += w
    for (const p of this.placed) {
      if (Math.abs(p.x - (x + w)) <= EPS || Math.abs(p.x + p.w - x) <= EPS) {
        score += Math.max(0, Math.min(p.y + p.h, y + h) - Math.max(p.y, y))
      }
      if (Math.abs(p.y - (y + h)) <= EPS || Math.abs(p.y + p.h - y) <= EPS) {
        score += Math.max(0, Math.min(p.x + p.w, x + w) - Math.max(p.x, x))
      }
    }
    return score
  }

  place(c: Candidate, item: number): void {
    const used: Placed = { x: c.x, y: c.y, w: c.w, h: c.h, item, rotated: c.rotated }
    this.placed.push(used)
    this.usedArea += c.w * c.h
    const free = this.free
    const created: Rect[] = []
    for (let i = free.length - 1; i >= 0; i--) {
      const f = free[i] as Rect
      if (
        used.x >= f.x + f.w - EPS ||
        used.x + used.w <= f.x + EPS ||
        used.y >= f.y + f.h - EPS ||
        used.y + used.h <= f.y + EPS
      ) {
        continue
      }
      free[i] = free[free.length - 1] as Rect
      free.pop()
      if (used.x > f.x + EPS) created.push({ x: f.x, y: f.y, w: used.x - f.x, h: f.h })
      if (used.x + used.w < f.x + f.w - EPS) {
        created.push({ x: used.x + used.w, y: f.y, w: f.x + f.w - used.x - used.w, h: f.h })
      }
      if (used.y > f.y + EPS) created.push({ x: f.x, y: f.y, w: f.w, h: used.y - f.y })
      if (used.y + used.h < f.y + f.h - EPS) {
        created.push({ x: f.x, y: used.y + used.h, w: f.w, h: f.y + f.h - used.y - used.h })
      }
    }
    // Keep only maximal rectangles: drop a new one inside another (of two equal ones, the later) or inside an
    // old one. An old one is never inside a new one: both would lie in the same old maximal rectangle.
    const oldCount = free.length
    for (let i = 0; i < created.length; i++) {
      const r = created[i] as Rect
      let inside = false
      for (let j = 0; j < created.length && !inside; j++) {
        const other = created[j] as Rect
        inside = j !== i && contains(other, r) && (j < i || !contains(r, other))
      }
      for (let j = 0; j < oldCount && !inside; j++) inside = contains(free[j] as Rect, r)
      if (!inside) free.push(r)
    }
  }
}

function contains(a: Rect, b: Rect): boolean {
  return b.x >= a.x - EPS && b.y >= a.y - EPS && b.x + b.w <= a.x + a.w + EPS && b.y + b.h <= a.y + a.h + EPS
}
