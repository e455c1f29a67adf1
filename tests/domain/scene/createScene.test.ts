import { describe, expect, it } from 'vitest'
import { createScene } from '../../../src/domain/scene/createScene'
import { demoScene } from '../../../src/domain/scene/demoScene'
import { newId } from '../../../src/domain/scene/ids'
import { DEFAULT_BASE, SCENE_FORMAT_TAG, SCENE_FORMAT_VERSION } from '../../../src/domain/scene/types'
import { parseScene } from '../../../src/domain/schema/parseScene'
import { DEFAULT_SCALE } from '../../../src/domain/units/scale'

describe('createScene', () => {
  it('makes an empty, valid scene of the current format at 1:35', () => {
    const now = new Date('2026-03-04T05:06:07.000Z')
    const scene = createScene({ now })
    expect(scene).toMatchObject({
      format: SCENE_FORMAT_TAG,
      version: SCENE_FORMAT_VERSION,
      name: 'Untitled diorama',
      createdAt: '2026-03-04T05:06:07.000Z',
      updatedAt: '2026-03-04T05:06:07.000Z',
      scale: DEFAULT_SCALE,
      base: DEFAULT_BASE,
      props: [],
    })
    expect(scene.id).toMatch(/^s-[a-z0-9]{8}$/)
    expect(parseScene(JSON.parse(JSON.stringify(scene)))).toEqual({ ok: true, value: scene })
  })
})

describe('demoScene', () => {
  it('is the same on every call, with unique ids', () => {
    expect(demoScene()).toEqual(demoScene())
    const ids = demoScene().props.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('newId', () => {
  it('makes short ids that the scene schema accepts and that do not repeat', () => {
    const ids = Array.from({ length: 1000 }, () => newId('p'))
    for (const id of ids) expect(id).toMatch(/^p-[a-z0-9]{8}$/)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
