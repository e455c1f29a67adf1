import { vec3 } from '../../units/vec'
import { firstIssue, mmText } from '../issue'
import { count, defineProp, mm, type Piece } from '../types'

/**
 * An open shelf unit: two sides, with shelves fitted between them, the bottom one on the floor and the top
 * one flush with the tops of the sides. The default is 0.9 m wide, 1.8 m high and 0.4 m deep at 1:35, of
 * 1/32 in (0.8 mm) sheet: 28 mm boards, a little heavy for real shelving but what a maker can cut.
 */
export const shelfUnit = defineProp({
  kind: 'balsa.shelf-unit',
  label: 'Shelf unit',
  material: 'balsa',
  params: {
    widthMm: mm('Width', 26, 5, 300),
    heightMm: mm('Height', 51, 5, 300),
    depthMm: mm('Depth', 11, 2, 100),
    boardMm: mm('Board thickness', 0.8, 0.5, 5),
    shelves: count('Shelves', 5, 2, 12),
  },
  size: (p) => vec3(p.widthMm, p.heightMm, p.depthMm),
  check: (p) =>
    firstIssue([
      [2 * p.boardMm >= p.widthMm, 'boardMm', 'board thickness must be less than half the width'],
      [
        p.shelves * p.boardMm >= p.heightMm,
        'shelves',
        `${p.shelves} shelves of ${mmText(p.boardMm)} do not fit in the height`,
      ],
    ]),
  pieces: (p) => {
    const t = p.boardMm
    const side = (x: number): Piece => ({
      shape: 'box',
      at: vec3(x, p.heightMm / 2, 0),
      size: vec3(t, p.heightMm, p.depthMm),
      grain: 'y',
    })
    const pitch = (p.heightMm - t) / (p.shelves - 1)
    const shelves = Array.from({ length: p.shelves }, (_, i): Piece => ({
      shape: 'box',
      at: vec3(0, t / 2 + i * pitch, 0),
      size: vec3(p.widthMm - 2 * t, t, p.depthMm),
      grain: 'x',
    }))
    return [side(-p.widthMm / 2 + t / 2), side(p.widthMm / 2 - t / 2), ...shelves]
  },
  parts: (p) => [
    {
      stock: 'balsa-sheet',
      label: 'Side',
      thicknessMm: p.boardMm,
      lengthMm: p.heightMm,
      widthMm: p.depthMm,
      count: 2,
      grain: 'length',
    },
    {
      stock: 'balsa-sheet',
      label: 'Shelf',
      thicknessMm: p.boardMm,
      lengthMm: p.widthMm - 2 * p.boardMm,
      widthMm: p.depthMm,
      count: p.shelves,
      grain: 'length',
    },
  ],
})
