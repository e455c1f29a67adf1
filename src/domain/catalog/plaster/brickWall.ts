import { vec3 } from '../../units/vec'
import { firstIssue, mmText } from '../issue'
import { MAX_REPEATS } from '../spacing'
import { defineProp, mm, type Piece } from '../types'

interface Wall {
  readonly lengthMm: number
  readonly heightMm: number
  readonly brickMm: number
  readonly courseMm: number
  readonly jointMm: number
}

/** Courses fill the height exactly: the nearest whole number to the asked course height. */
const courseCount = (w: Wall): number => Math.max(1, Math.round(w.heightMm / w.courseMm))

/** Each brick's x span in each course, stretcher bond (every other course half a brick over), cut at the ends. */
function bricks(w: Wall): { x0: number; x1: number; course: number }[] {
  const half = w.lengthMm / 2
  const out: { x0: number; x1: number; course: number }[] = []
  for (let course = 0; course < courseCount(w); course++) {
    const first = -half - (course % 2) * (w.brickMm / 2)
    for (let start = first; start < half; start += w.brickMm) {
      // Half a joint each side between bricks; none at the ends of the wall, which are cut flush.
      const x0 = start <= -half + 1e-9 ? -half : start + w.jointMm / 2
      const x1 = start + w.brickMm >= half - 1e-9 ? half : start + w.brickMm - w.jointMm / 2
      // A sliver narrower than a joint would be mortar anyway.
      if (x1 - x0 > w.jointMm) out.push({ x0, x1, course })
    }
  }
  return out
}

/**
 * A block of plaster cast as a brick wall, standing along x: a core set back where the mortar is raked
 * out, and a face of bricks in stretcher bond. Past about 200 bricks it draws one strip per course instead,
 * and past 200 courses a plain block, so a big wall stays cheap to draw (its joints would be finer than a
 * pixel). The default is a 2.1 m run, 1.05 m high, one brick thick at 1:35, of 215 x 65 mm bricks with
 * 10 mm joints (6.4 mm a brick with its joint, 2.1 mm a course).
 */
export const brickWall = defineProp({
  kind: 'plaster.brick-wall',
  label: 'Brick wall',
  material: 'plaster',
  params: {
    lengthMm: mm('Length', 60, 5, 500),
    heightMm: mm('Height', 30, 2, 300),
    thicknessMm: mm('Thickness', 6.2, 1, 50),
    brickMm: mm('Brick length', 6.4, 1, 30),
    courseMm: mm('Course height', 2.1, 0.5, 20),
    jointMm: mm('Mortar joint', 0.3, 0.05, 2),
  },
  size: (p) => vec3(p.lengthMm, p.heightMm, p.thicknessMm),
  check: (p) => {
    const courseH = p.heightMm / courseCount(p)
    return firstIssue([
      [
        2 * p.jointMm >= courseH,
        'jointMm',
        `mortar joint must be less than half the course height (${mmText(courseH)})`,
      ],
      [2 * p.jointMm >= p.brickMm, 'jointMm', 'mortar joint must be less than half the brick length'],
    ])
  },
  pieces: (p) => {
    const courseH = p.heightMm / courseCount(p)
    const y = (course: number) => (course + 0.5) * courseH
    const courses = courseCount(p)
    // Decided on an upper bound, so a huge wall never lists its bricks just to count them.
    const detail =
      courses * (Math.ceil(p.lengthMm / p.brickMm) + 1) <= MAX_REPEATS
        ? 'bricks'
        : courses <= MAX_REPEATS
          ? 'courses'
          : 'plain'
    // Mortar raked 5 mm back at 1:35; a plain block has no joints to rake.
    const recess = detail === 'plain' ? 0 : Math.min(0.15, p.thicknessMm / 4)
    const core: Piece = {
      shape: 'box',
      at: vec3(0, p.heightMm / 2, 0),
      size: vec3(p.lengthMm, p.heightMm, p.thicknessMm - 2 * recess),
    }
    const face =
      detail === 'bricks'
        ? bricks(p).map((b): Piece => ({
            shape: 'box',
            at: vec3((b.x0 + b.x1) / 2, y(b.course), 0),
            size: vec3(b.x1 - b.x0, courseH - p.jointMm, p.thicknessMm),
          }))
        : detail === 'courses'
          ? Array.from({ length: courses }, (_, course): Piece => ({
              shape: 'box',
              at: vec3(0, y(course), 0),
              size: vec3(p.lengthMm, courseH - p.jointMm, p.thicknessMm),
            }))
          : []
    return [core, ...face]
  },
  parts: (p) => [
    {
      stock: 'plaster',
      label: 'Cast wall block (bricks scribed in)',
      volumeMm3: p.lengthMm * p.heightMm * p.thicknessMm,
      count: 1,
    },
  ],
})
