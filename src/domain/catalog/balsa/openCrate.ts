import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { defineProp, count, mm, type Piece } from '../types'
import { boardIssue } from './crate'

/** Height of each slat: the walls above the bottom board, less the gaps, shared by the slats. */
const slatHeightMm = (p: { heightMm: number; boardMm: number; slats: number; slatGapMm: number }): number =>
  (p.heightMm - p.boardMm - (p.slats - 1) * p.slatGapMm) / p.slats

/**
 * An open fruit crate: a bottom board and walls of slats with gaps, no lid. The sides span the full length;
 * the end slats fit between them. The default is a 50 x 30 x 30 cm crate of 18 mm boards at 1:35 (board
 * rounded up to 0.5 mm, the thinnest a knife cuts cleanly) with two slats a wall, 42 mm apart.
 */
export const openCrate = defineProp({
  kind: 'balsa.open-crate',
  label: 'Open crate',
  material: 'balsa',
  params: {
    lengthMm: mm('Length', 14.3, 4, 300),
    depthMm: mm('Depth', 8.6, 4, 300),
    heightMm: mm('Height', 8.6, 2, 300),
    boardMm: mm('Board thickness', 0.5, 0.3, 5),
    slats: count('Slats per wall', 2, 1, 10),
    slatGapMm: mm('Gap between slats', 1.2, 0, 20),
  },
  size: (p) => vec3(p.lengthMm, p.heightMm, p.depthMm),
  check: (p) =>
    boardIssue(p.boardMm, { depthMm: p.depthMm, lengthMm: p.lengthMm }) ??
    firstIssue([
      [p.boardMm >= p.heightMm, 'boardMm', 'board thickness must be less than the height'],
      [slatHeightMm(p) <= 0, 'slatGapMm', 'the slats and the gaps between them must fit in the height'],
    ]),
  pieces: (p) => {
    const t = p.boardMm
    const h = slatHeightMm(p)
    const walls = Array.from({ length: p.slats }, (_, i) => t + i * (h + p.slatGapMm) + h / 2).flatMap(
      (y): Piece[] => [
        { shape: 'box', at: vec3(0, y, p.depthMm / 2 - t / 2), size: vec3(p.lengthMm, h, t), grain: 'x' },
        { shape: 'box', at: vec3(0, y, -p.depthMm / 2 + t / 2), size: vec3(p.lengthMm, h, t), grain: 'x' },
        {
          shape: 'box',
          at: vec3(p.lengthMm / 2 - t / 2, y, 0),
          size: vec3(t, h, p.depthMm - 2 * t),
          grain: 'z',
        },
        {
          shape: 'box',
          at: vec3(-p.lengthMm / 2 + t / 2, y, 0),
          size: vec3(t, h, p.depthMm - 2 * t),
          grain: 'z',
        },
      ],
    )
    return [
      { shape: 'box', at: vec3(0, t / 2, 0), size: vec3(p.lengthMm, t, p.depthMm), grain: 'x' },
      ...walls,
    ]
  },
  parts: (p) => {
    const t = p.boardMm
    const h = slatHeightMm(p)
    return [
      {
        stock: 'balsa-sheet',
        label: 'Bottom',
        thicknessMm: t,
        lengthMm: p.lengthMm,
        widthMm: p.depthMm,
        count: 1,
        grain: 'length',
      },
      {
        stock: 'balsa-sheet',
        label: 'Side slat',
        thicknessMm: t,
        lengthMm: p.lengthMm,
        widthMm: h,
        count: 2 * p.slats,
        grain: 'length',
      },
      {
        stock: 'balsa-sheet',
        label: 'End slat',
        thicknessMm: t,
        lengthMm: p.depthMm - 2 * t,
        widthMm: h,
        count: 2 * p.slats,
        grain: 'length',
      },
    ]
  },
})
