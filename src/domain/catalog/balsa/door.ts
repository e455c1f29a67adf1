import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { packedCentres } from '../spacing'
import { defineProp, mm, type Piece } from '../types'

/** The V-joint between boards, about 3.5 mm real: enough to read the boards apart. */
const JOINT_MM = 0.1
/** A round knob 28 mm across standing out 42 mm, at 1:35. */
const KNOB_DIAMETER_MM = 0.8
const KNOB_LENGTH_MM = 1.2

/** Boards ripped to width so that they fill the door exactly: the nearest count to the asked width. */
const boardCount = (widthMm: number, plankWidthMm: number): number =>
  Math.max(1, Math.round(widthMm / plankWidthMm))
const boardWidth = (widthMm: number, n: number): number => (widthMm - (n - 1) * JOINT_MM) / n

/**
 * A ledged plank door standing upright: vertical boards on three horizontal ledges at the back (-z) and a
 * rusty iron knob on the front. The default is 2.0 x 0.9 m at 1:35 (57 x 26 mm) of 150 mm boards 35 mm
 * thick (4.3 x 1 mm), ledges as wide as a board.
 */
export const door = defineProp({
  kind: 'balsa.door',
  label: 'Plank door',
  material: 'balsa',
  params: {
    widthMm: mm('Width', 26, 5, 200),
    heightMm: mm('Height', 57, 10, 300),
    thicknessMm: mm('Board thickness', 1, 0.5, 5),
    plankWidthMm: mm('Board width', 4.3, 1, 50),
    ledgeWidthMm: mm('Ledge width', 4.3, 0.5, 50),
  },
  size: (p) => vec3(p.widthMm, p.heightMm, 2 * p.thicknessMm + KNOB_LENGTH_MM),
  check: (p) =>
    firstIssue([
      [p.plankWidthMm > p.widthMm, 'plankWidthMm', 'a board must be no wider than the door'],
      [
        4 * p.ledgeWidthMm > p.heightMm,
        'ledgeWidthMm',
        'ledge width must be at most a quarter of the height',
      ],
    ]),
  pieces: (p) => {
    const t = p.thicknessMm
    const back = -(2 * t + KNOB_LENGTH_MM) / 2
    const n = boardCount(p.widthMm, p.plankWidthMm)
    const w = boardWidth(p.widthMm, n)
    const boards = packedCentres(n, w, JOINT_MM).map((x): Piece => ({
      shape: 'box',
      at: vec3(x, p.heightMm / 2, back + 1.5 * t),
      size: vec3(w, p.heightMm, t),
      grain: 'y',
    }))
    // Ledges at an eighth, a half and seven eighths of the height: a quarter-height ledge fits each slot.
    const ledges = [1 / 8, 1 / 2, 7 / 8].map((f): Piece => ({
      shape: 'box',
      at: vec3(0, f * p.heightMm, back + t / 2),
      size: vec3(p.widthMm, p.ledgeWidthMm, t),
      grain: 'x',
    }))
    const knob: Piece = {
      shape: 'cylinder',
      at: vec3(
        p.widthMm / 2 - Math.min(2.9, p.widthMm / 4),
        p.heightMm / 2,
        back + 2 * t + KNOB_LENGTH_MM / 2,
      ),
      radiusMm: KNOB_DIAMETER_MM / 2,
      lengthMm: KNOB_LENGTH_MM,
      axis: 'z',
      material: 'rust',
    }
    return [...boards, ...ledges, knob]
  },
  parts: (p) => {
    const n = boardCount(p.widthMm, p.plankWidthMm)
    return [
      {
        stock: 'balsa-sheet',
        label: 'Board',
        thicknessMm: p.thicknessMm,
        lengthMm: p.heightMm,
        widthMm: boardWidth(p.widthMm, n),
        count: n,
        grain: 'length',
      },
      {
        stock: 'balsa-strip',
        label: 'Ledge',
        thicknessMm: p.thicknessMm,
        widthMm: p.ledgeWidthMm,
        lengthMm: p.widthMm,
        count: 3,
        grain: 'length',
      },
      {
        stock: 'styrene-rod',
        label: 'Knob',
        diameterMm: KNOB_DIAMETER_MM,
        lengthMm: KNOB_LENGTH_MM,
        count: 1,
      },
    ]
  },
})
