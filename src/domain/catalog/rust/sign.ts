import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { defineProp, mm } from '../types'

/**
 * A rusty metal sign on a square wooden post: the plate is fixed to the post's front (+z) with its top
 * flush with the post's top. The default is a 600 x 400 mm plate on a 60 mm post 2.2 m tall at 1:35
 * (17 x 11.4 mm on a 1.7 mm post 63 mm tall), the plate of 10 thou styrene or drink-can aluminium.
 */
export const sign = defineProp({
  kind: 'rust.sign',
  label: 'Sign on a post',
  material: 'rust',
  params: {
    plateWidthMm: mm('Plate width', 17, 2, 200),
    plateHeightMm: mm('Plate height', 11.4, 2, 200),
    plateMm: mm('Plate thickness', 0.25, 0.1, 3),
    postMm: mm('Post size', 1.7, 0.5, 20),
    heightMm: mm('Height', 63, 5, 500),
  },
  size: (p) => vec3(p.plateWidthMm, p.heightMm, p.postMm + p.plateMm),
  check: (p) =>
    firstIssue([
      [p.plateHeightMm >= p.heightMm, 'plateHeightMm', 'the plate must be shorter than the post'],
      [p.postMm > p.plateWidthMm, 'postMm', 'the post must be no wider than the plate'],
    ]),
  pieces: (p) => {
    const back = -(p.postMm + p.plateMm) / 2
    return [
      {
        shape: 'box',
        at: vec3(0, p.heightMm / 2, back + p.postMm / 2),
        size: vec3(p.postMm, p.heightMm, p.postMm),
        grain: 'y',
        material: 'balsa',
      },
      {
        shape: 'box',
        at: vec3(0, p.heightMm - p.plateHeightMm / 2, -back - p.plateMm / 2),
        size: vec3(p.plateWidthMm, p.plateHeightMm, p.plateMm),
      },
    ]
  },
  parts: (p) => [
    {
      stock: 'styrene-sheet',
      label: 'Sign plate',
      thicknessMm: p.plateMm,
      lengthMm: p.plateWidthMm,
      widthMm: p.plateHeightMm,
      count: 1,
      grain: 'none',
    },
    {
      stock: 'balsa-strip',
      label: 'Post',
      thicknessMm: p.postMm,
      widthMm: p.postMm,
      lengthMm: p.heightMm,
      count: 1,
      grain: 'length',
    },
  ],
})
