import { describe, expect, it } from 'vitest'
import { vec3 } from '../../src/domain/units/vec'
import { selectionFacts } from '../../src/store/selectionFacts'
import { crate, workbench } from '../domain/scene/workbench'

// Crates are 24 x 14 x 16 mm (x, height, z), standing on the base.
const scene = workbench(
  [
    crate('a', 0),
    crate('b', 40, 10),
    crate('c', 100, 0, { groupId: 'g' }),
    crate('d', 130, 0, { groupId: 'g' }),
    crate('lock', -60, 0, { locked: true }),
  ],
  [{ id: 'g', name: 'Stack' }],
)

describe('selection facts', () => {
  it('are undefined for nothing (or nothing the scene has)', () => {
    expect(selectionFacts(scene, [])).toBeUndefined()
    expect(selectionFacts(scene, ['nope'])).toBeUndefined()
  })

  it('measure the box round the selection and each prop’s middle, in selection order', () => {
    const facts = selectionFacts(scene, ['b', 'a'])
    // x from -12 to 52, z from -8 to 18.
    expect(facts?.sizeMm).toEqual(vec3(64, 14, 26))
    expect(facts?.centresMm).toEqual([vec3(40, 7, 10), vec3(0, 7, 0)])
  })

  it('count a group once, leave locked ones out of what moves, and know a whole group', () => {
    expect(selectionFacts(scene, ['a', 'c', 'd'])).toMatchObject({
      units: 2,
      freeUnits: 2,
      grouped: true,
      wholeGroup: false,
    })
    expect(selectionFacts(scene, ['c', 'd'])).toMatchObject({ units: 1, grouped: true, wholeGroup: true })
    expect(selectionFacts(scene, ['c'])).toMatchObject({ wholeGroup: false })
    expect(selectionFacts(scene, ['a', 'b', 'lock'])).toMatchObject({
      units: 3,
      freeUnits: 2,
      grouped: false,
      allLocked: false,
    })
    expect(selectionFacts(scene, ['lock'])).toMatchObject({ allLocked: true })
  })
})
