import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { countAtMostApart, MAX_REPEATS, packedCentres, plankCount, spreadCentres } from '../spacing'
import { defineProp, mm, type OutlinePoint, type Piece } from '../types'

/** Pickets stop a twentieth of the height above the ground, as real ones stop clear of wet grass. */
const picketBottom = (heightMm: number): number => heightMm / 20

/** A picket seen from the front, centred on its middle: a board with a 45° point. */
function picketOutline(widthMm: number, lengthMm: number): OutlinePoint[] {
  const w = widthMm / 2
  const h = lengthMm / 2
  return [
    { x: -w, y: -h },
    { x: w, y: -h },
    { x: w, y: h - w },
    { x: 0, y: h },
    { x: -w, y: h - w },
  ]
}

/**
 * A picket fence along x: square posts at the back, two rails across their fronts, pointed pickets on the
 * rails. The default is a 2.1 m run, 1.05 m high at 1:35, with 90 mm posts at most 1.8 m apart, 38 x 76 mm
 * rails, and 75 mm pickets of 21 mm board with 50 mm gaps.
 */
export const picketFence = defineProp({
  kind: 'balsa.picket-fence',
  label: 'Picket fence',
  material: 'balsa',
  params: {
    lengthMm: mm('Length', 60, 5, 300),
    heightMm: mm('Height', 30, 5, 100),
    postMm: mm('Post size', 2.5, 0.5, 10),
    postSpacingMm: mm('Post spacing', 52, 5, 200),
    railMm: mm('Rail thickness', 1.1, 0.3, 5),
    picketWidthMm: mm('Picket width', 2.2, 0.5, 10),
    gapMm: mm('Gap', 1.5, 0, 10),
    thicknessMm: mm('Picket thickness', 0.6, 0.3, 3),
  },
  size: (p) => vec3(p.lengthMm, p.heightMm, p.postMm + p.railMm + p.thicknessMm),
  check: (p) => {
    const pickets = plankCount(p.lengthMm, p.picketWidthMm, p.gapMm)
    return firstIssue([
      [2 * p.postMm > p.lengthMm, 'postMm', 'post size must be at most half the length (a post each end)'],
      [p.postSpacingMm < 2 * p.postMm, 'postSpacingMm', 'post spacing must be at least twice the post size'],
      [4 * p.railMm > p.heightMm, 'railMm', 'rail thickness must be at most a quarter of the height'],
      [p.picketWidthMm > p.lengthMm, 'picketWidthMm', 'a picket must be no wider than the fence is long'],
      [2 * p.picketWidthMm > p.heightMm, 'picketWidthMm', 'picket width must be at most half the height'],
      [pickets > MAX_REPEATS, 'gapMm', `${pickets} pickets are too many: at most ${MAX_REPEATS}`],
    ])
  },
  pieces: (p) => {
    const back = -(p.postMm + p.railMm + p.thicknessMm) / 2
    const posts = spreadCentres(countAtMostApart(p.lengthMm, p.postMm, p.postSpacingMm), p.lengthMm, p.postMm)
    // A rail is a 2x4 on edge: twice as high as it is thick.
    const rail = (y: number): Piece => ({
      shape: 'box',
      at: vec3(0, y, back + p.postMm + p.railMm / 2),
      size: vec3(p.lengthMm, 2 * p.railMm, p.railMm),
      grain: 'x',
    })
    const bottom = picketBottom(p.heightMm)
    const picketLength = p.heightMm - bottom
    const outline = picketOutline(p.picketWidthMm, picketLength)
    const pickets = packedCentres(plankCount(p.lengthMm, p.picketWidthMm, p.gapMm), p.picketWidthMm, p.gapMm)
    return [
      ...posts.map((x): Piece => ({
        shape: 'box',
        at: vec3(x, p.heightMm / 2, back + p.postMm / 2),
        size: vec3(p.postMm, p.heightMm, p.postMm),
        grain: 'y',
      })),
      rail(p.heightMm / 4),
      rail((3 * p.heightMm) / 4),
      ...pickets.map((x): Piece => ({
        shape: 'prism',
        at: vec3(x, bottom + picketLength / 2, -back - p.thicknessMm / 2),
        outline,
        depthMm: p.thicknessMm,
      })),
    ]
  },
  parts: (p) => [
    {
      stock: 'balsa-strip',
      label: 'Post',
      thicknessMm: p.postMm,
      widthMm: p.postMm,
      lengthMm: p.heightMm,
      count: countAtMostApart(p.lengthMm, p.postMm, p.postSpacingMm),
      grain: 'length',
    },
    {
      stock: 'balsa-strip',
      label: 'Rail',
      thicknessMm: p.railMm,
      widthMm: 2 * p.railMm,
      lengthMm: p.lengthMm,
      count: 2,
      grain: 'length',
    },
    {
      stock: 'balsa-strip',
      label: 'Picket (point cut with a knife)',
      thicknessMm: p.thicknessMm,
      widthMm: p.picketWidthMm,
      lengthMm: p.heightMm - picketBottom(p.heightMm),
      count: plankCount(p.lengthMm, p.picketWidthMm, p.gapMm),
      grain: 'length',
    },
  ],
})
