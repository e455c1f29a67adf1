import { vec3 } from '../../units/vec'
import { defineProp, mm, type ParamIssue, type Part } from '../types'

/**
 * A closed crate of six balsa panels. Front and back span the full length; the ends fit between them;
 * top and bottom sit on the walls, which is how a maker glues one up. The default is an 84 x 56 x 49 cm
 * ammunition crate of 35 mm boards at 1:35.
 */
export const crate = defineProp({
  kind: 'balsa.crate',
  label: 'Crate',
  material: 'balsa',
  params: {
    lengthMm: mm('Length', 24, 4, 300),
    depthMm: mm('Depth', 16, 4, 300),
    heightMm: mm('Height', 14, 4, 300),
    boardMm: mm('Board thickness', 1, 0.5, 5),
  },
  size: (p) => vec3(p.lengthMm, p.heightMm, p.depthMm),
  check: (p) => boardIssue(p.boardMm, { heightMm: p.heightMm, depthMm: p.depthMm, lengthMm: p.lengthMm }),
  pieces: (p) => {
    const t = p.boardMm
    const wallH = p.heightMm - 2 * t
    return [
      { shape: 'box', at: vec3(0, t / 2, 0), size: vec3(p.lengthMm, t, p.depthMm), grain: 'x' },
      { shape: 'box', at: vec3(0, p.heightMm - t / 2, 0), size: vec3(p.lengthMm, t, p.depthMm), grain: 'x' },
      {
        shape: 'box',
        at: vec3(0, t + wallH / 2, p.depthMm / 2 - t / 2),
        size: vec3(p.lengthMm, wallH, t),
        grain: 'x',
      },
      {
        shape: 'box',
        at: vec3(0, t + wallH / 2, -p.depthMm / 2 + t / 2),
        size: vec3(p.lengthMm, wallH, t),
        grain: 'x',
      },
      {
        shape: 'box',
        at: vec3(p.lengthMm / 2 - t / 2, t + wallH / 2, 0),
        size: vec3(t, wallH, p.depthMm - 2 * t),
        grain: 'z',
      },
      {
        shape: 'box',
        at: vec3(-p.lengthMm / 2 + t / 2, t + wallH / 2, 0),
        size: vec3(t, wallH, p.depthMm - 2 * t),
        grain: 'z',
      },
    ]
  },
  parts: (p): Part[] => {
    const t = p.boardMm
    const wallH = p.heightMm - 2 * t
    const sheet = (label: string, lengthMm: number, widthMm: number): Part => ({
      stock: 'balsa-sheet',
      label,
      thicknessMm: t,
      lengthMm,
      widthMm,
      count: 2,
      grain: 'length',
    })
    return [
      sheet('Top / bottom', p.lengthMm, p.depthMm),
      sheet('Side', p.lengthMm, wallH),
      sheet('End', p.depthMm - 2 * t, wallH),
    ]
  },
})

const SPAN_WORDS: Record<string, string> = { heightMm: 'height', depthMm: 'depth', lengthMm: 'length' }

/** Two boards side by side must leave room between them, or a panel between them has no size. */
export function boardIssue(boardMm: number, spans: Readonly<Record<string, number>>): ParamIssue | undefined {
  for (const [name, spanMm] of Object.entries(spans))
    if (2 * boardMm >= spanMm)
      return {
        param: 'boardMm',
        message: `board thickness must be less than half the ${SPAN_WORDS[name] ?? name}`,
      }
  return undefined
}
