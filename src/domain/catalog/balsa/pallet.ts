import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { spreadCentres } from '../spacing'
import { count, defineProp, mm, type Piece } from '../types'

/**
 * A block pallet, built as a EUR pallet is: top deck boards along the length, three cross boards under
 * them, nine blocks, three bottom boards. The real EUR pallet is 1200 x 800 x 144 mm of 22 mm boards about
 * 145 mm wide on 78 mm blocks: 34.3 x 22.9 mm at 1:35, of 0.6 mm boards 4.1 mm wide on 2.2 mm blocks.
 */
export const pallet = defineProp({
  kind: 'balsa.pallet',
  label: 'Pallet',
  material: 'balsa',
  params: {
    lengthMm: mm('Length', 34.3, 5, 300),
    widthMm: mm('Width', 22.9, 5, 300),
    boardMm: mm('Board thickness', 0.6, 0.3, 5),
    boardWidthMm: mm('Board width', 4.1, 0.5, 50),
    topBoards: count('Top boards', 5, 2, 20),
    blockHeightMm: mm('Block height', 2.2, 0.5, 30),
  },
  size: (p) => vec3(p.lengthMm, 3 * p.boardMm + p.blockHeightMm, p.widthMm),
  check: (p) =>
    firstIssue([
      [3 * p.boardWidthMm > p.lengthMm, 'boardWidthMm', 'three boards must fit along the length'],
      [3 * p.boardWidthMm > p.widthMm, 'boardWidthMm', 'three boards must fit across the width'],
      [
        p.topBoards * p.boardWidthMm > p.widthMm,
        'topBoards',
        `at most ${Math.floor(p.widthMm / p.boardWidthMm)} top boards of this width fit across the pallet`,
      ],
    ]),
  pieces: (p) => {
    const t = p.boardMm
    const w = p.boardWidthMm
    const rows = spreadCentres(3, p.widthMm, w)
    const cols = spreadCentres(3, p.lengthMm, w)
    const deck =
      (y: number) =>
      (z: number): Piece => ({
        shape: 'box',
        at: vec3(0, y, z),
        size: vec3(p.lengthMm, t, w),
        grain: 'x',
      })
    return [
      ...rows.map(deck(t / 2)),
      ...cols.flatMap((x) =>
        rows.map((z): Piece => ({
          shape: 'box',
          at: vec3(x, t + p.blockHeightMm / 2, z),
          size: vec3(w, p.blockHeightMm, w),
          grain: 'x',
        })),
      ),
      ...cols.map((x): Piece => ({
        shape: 'box',
        at: vec3(x, t + p.blockHeightMm + t / 2, 0),
        size: vec3(w, t, p.widthMm),
        grain: 'z',
      })),
      ...spreadCentres(p.topBoards, p.widthMm, w).map(deck(2 * t + p.blockHeightMm + t / 2)),
    ]
  },
  parts: (p) => [
    {
      stock: 'balsa-strip',
      label: 'Deck board (top and bottom)',
      thicknessMm: p.boardMm,
      widthMm: p.boardWidthMm,
      lengthMm: p.lengthMm,
      count: p.topBoards + 3,
      grain: 'length',
    },
    {
      stock: 'balsa-strip',
      label: 'Cross board',
      thicknessMm: p.boardMm,
      widthMm: p.boardWidthMm,
      lengthMm: p.widthMm,
      count: 3,
      grain: 'length',
    },
    {
      stock: 'balsa-strip',
      label: 'Block',
      thicknessMm: p.blockHeightMm,
      widthMm: p.boardWidthMm,
      lengthMm: p.boardWidthMm,
      count: 9,
      grain: 'length',
    },
  ],
})
