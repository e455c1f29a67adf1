import { describe, expect, it } from 'vitest'
import { brickWall } from '../../../src/domain/catalog/plaster/brickWall'
import { terrainSlab } from '../../../src/domain/catalog/plaster/terrainSlab'
import { defaults, withDefaults } from './pieceExtent'
import { issuesFor } from './refusal'

describe('brick wall', () => {
  const p = defaults(brickWall)

  it('is cast as one block: 60 x 30 x 6.2 = 11,160 mm³ of plaster', () => {
    expect(brickWall.parts(p)).toEqual([
      { stock: 'plaster', label: 'Cast wall block (bricks scribed in)', volumeMm3: 11160, count: 1 },
    ])
  })

  it('draws 14 courses of 10 bricks in stretcher bond on a raked core', () => {
    // 30 / 2.1 = 14.3, so 14 courses of 30 / 14 = 2.14 mm. 60 / 6.4 = 9.4: ten bricks a course, the last cut
    // short; odd courses start half a brick over the end, so they too have ten, both end ones cut.
    const [core, ...bricks] = brickWall.pieces(p)
    expect(core?.shape === 'box' && core.size).toEqual({ x: 60, y: 30, z: 6.2 - 0.3 })
    expect(bricks).toHaveLength(140)
    const firstInCourse = (course: number) =>
      bricks.find((b) => Math.abs(b.at.y - (course + 0.5) * (30 / 14)) < 1e-9)
    const even = firstInCourse(0)
    const odd = firstInCourse(1)
    // Even courses: a whole brick from the end, less half a joint: 6.4 - 0.15 = 6.25 mm.
    expect(even?.shape === 'box' && even.size.x).toBeCloseTo(6.25, 9)
    // Odd courses: a half brick from the end: 3.2 - 0.15 = 3.05 mm.
    expect(odd?.shape === 'box' && odd.size.x).toBeCloseTo(3.05, 9)
  })

  it('draws a long wall course by course, and a huge one as a plain block', () => {
    // 14 courses x (300 / 6.4 → 47 + 1) = 672 bricks > 200: 14 strips on the core.
    expect(brickWall.pieces(withDefaults(brickWall, { lengthMm: 300 }))).toHaveLength(15)
    // 300 / 0.5 = 600 courses > 200: one block, full thickness.
    const plain = brickWall.pieces(withDefaults(brickWall, { heightMm: 300, courseMm: 0.5, jointMm: 0.1 }))
    expect(plain).toHaveLength(1)
    expect(plain[0]?.shape === 'box' && plain[0].size).toEqual({ x: 60, y: 300, z: 6.2 })
  })

  it('refuses joints as wide as half a course or half a brick', () => {
    // 2 x 1.1 = 2.2 mm > 2.14 mm, the course height 30 mm of wall shares out.
    expect(issuesFor(brickWall, { jointMm: 1.1 })).toEqual([
      { param: 'jointMm', message: 'mortar joint must be less than half the course height (2.14 mm)' },
    ])
    expect(issuesFor(brickWall, { jointMm: 1, brickMm: 1.9 })).toEqual([
      { param: 'jointMm', message: 'mortar joint must be less than half the brick length' },
    ])
  })
})

describe('terrain slab', () => {
  const p = defaults(terrainSlab)

  it('takes plaster for the slab less half its bumps: 60 x 40 x (8 - 1.5) = 15,600 mm³', () => {
    expect(terrainSlab.parts(p)).toEqual([
      { stock: 'plaster', label: 'Cast slab', volumeMm3: 15600, count: 1 },
    ])
    expect(terrainSlab.pieces(p)).toEqual([
      { shape: 'terrain', at: { x: 0, y: 0, z: 0 }, size: { x: 60, y: 8, z: 40 }, bumpMm: 3 },
    ])
  })

  it('refuses bumps as deep as the slab', () => {
    expect(issuesFor(terrainSlab, { bumpMm: 8 })).toEqual([
      { param: 'bumpMm', message: 'bumps must be shallower than the slab is thick' },
    ])
  })
})
