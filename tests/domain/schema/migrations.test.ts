import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SCENE_FORMAT_VERSION, type Scene } from '../../../src/domain/scene/types'
import { migrate, MIGRATIONS } from '../../../src/domain/schema/migrations'
import { parseScene, parseSceneJson } from '../../../src/domain/schema/parseScene'

/** Fixtures of every released format, kept forever: each must keep opening. */
const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')

function parsed(text: string): Scene {
  const result = parseSceneJson(text)
  if (!result.ok) throw new Error(result.error.summary)
  return result.value
}

describe('format 0 (the pre-release prototype)', () => {
  const scene = parsed(fixture('scene-v0-prototype.json'))

  it('opens as a current-format scene', () => {
    expect(scene.format).toBe('diorama-scene')
    expect(scene.version).toBe(SCENE_FORMAT_VERSION)
    expect(scene.id).toBe('proto-yard')
    expect(scene.name).toBe('Prototype scrap yard')
    expect(scene.base).toEqual({ widthMm: 200, depthMm: 150, thicknessMm: 6 })
  })

  it('names the bare scale ratio', () => {
    expect(scene.scale).toEqual({ ratio: 72, name: '1:72' })
  })

  it('takes both timestamps from savedAt', () => {
    expect(scene.createdAt).toBe('2025-09-14T08:30:00.000Z')
    expect(scene.updatedAt).toBe('2025-09-14T08:30:00.000Z')
  })

  it('turns vector arrays into {x, y, z} and rotationY into a rotation about y', () => {
    expect(scene.props.map((p) => [p.id, p.position, p.rotation])).toEqual([
      ['p-floor', { x: -40, y: 0, z: -20 }, { x: 0, y: 0, z: 0 }],
      ['p-drum', { x: 30.5, y: 0, z: 12 }, { x: 0, y: 45, z: 0 }],
      ['p-sheet', { x: 0, y: 2, z: 40 }, { x: 0, y: -30, z: 0 }],
      // The prototype left rotationY out for unturned props.
      ['p-rock', { x: 70, y: 0, z: -50 }, { x: 0, y: 0, z: 0 }],
    ])
  })

  it('keeps kinds, names, params and materials, with defaults for missing params', () => {
    const [floor, drum, sheet, rock] = scene.props
    expect(floor).toMatchObject({
      kind: 'balsa.plank-floor',
      params: { lengthMm: 90, widthMm: 60, plankWidthMm: 4, thicknessMm: 1, gapMm: 0.2 },
      material: { seed: 101, grain: 'length' },
    })
    expect(floor?.name).toBeUndefined()
    expect(drum).toMatchObject({
      kind: 'rust.oil-drum',
      name: 'Leaking drum',
      material: { seed: 202, rust: 0.9 },
    })
    expect(drum?.params).toEqual({ diameterMm: 7.9, heightMm: 11.8 })
    expect(sheet?.params).toEqual({ lengthMm: 50, widthMm: 30, pitchMm: 1.8, depthMm: 0.4 })
    expect(rock?.params).toEqual({ widthMm: 20, depthMm: 15, heightMm: 9, crumple: 0.4 })
  })

  it('leaves no format-0 fields behind', () => {
    expect(Object.keys(scene).sort()).toEqual(
      [
        'base',
        'bookmarks',
        'createdAt',
        'format',
        'groups',
        'id',
        'name',
        'props',
        'scale',
        'updatedAt',
        'version',
      ].sort(),
    )
    for (const p of scene.props) expect(p).not.toHaveProperty('rotationY')
  })

  it('reports damage in the prototype file at the migrated path', () => {
    const raw = JSON.parse(fixture('scene-v0-prototype.json')) as { props: { position: unknown }[] }
    raw.props[1] = { ...raw.props[1], position: [1, 2] }
    const result = parseScene(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.issues[0]?.path).toBe('props[1].position')
  })

  it('dates a prototype file without savedAt to a fixed day, not to now', () => {
    const raw = JSON.parse(fixture('scene-v0-prototype.json')) as Record<string, unknown>
    delete raw.savedAt
    const result = parseScene(raw)
    expect(result.ok && result.value.createdAt).toBe('2026-01-01T00:00:00.000Z')
  })
})

describe('format 1', () => {
  it('the demo fixture still opens, unchanged but for the version, no groups and no bookmarks', () => {
    const text = fixture('scene-v1-demo.json')
    const scene = parsed(text)
    expect(scene).toEqual({ ...(JSON.parse(text) as object), version: 2, groups: [], bookmarks: [] })
    expect(scene.props).toHaveLength(16)
    expect(scene.props[0]).toMatchObject({
      id: 'demo-floor',
      kind: 'balsa.plank-floor',
      name: 'Workshop floor',
    })
  })

  it('gives no prop a group, a lock, a hide or a model', () => {
    for (const p of parsed(fixture('scene-v1-demo.json')).props)
      for (const field of ['groupId', 'locked', 'hidden', 'model']) expect(p).not.toHaveProperty(field)
  })

  it('refuses a format 1 file that carries format 2 fields: they did not exist then', () => {
    const raw = JSON.parse(fixture('scene-v1-demo.json')) as { props: Record<string, unknown>[] }
    raw.props[0] = { ...raw.props[0], groupId: 'g-1' }
    const result = parseScene(raw)
    expect(result.ok ? 'accepted' : result.error.summary).toBe('props[0].groupId: no group "g-1" in groups')
  })
})

describe('format 2', () => {
  const text = fixture('scene-v2-modelling.json')
  const scene = parsed(text)

  it('opens unchanged: groups, bookmarks, locked and hidden props and a custom model', () => {
    expect(scene).toEqual(JSON.parse(text))
    expect(scene.groups.map((g) => g.name)).toEqual(['Drum pile', 'Shed'])
    expect(scene.bookmarks.map((b) => [b.name, b.projection])).toEqual([
      ['Front', 'perspective'],
      ['Plan', 'orthographic'],
    ])
    expect(scene.props.filter((p) => p.groupId === 'g-drums').map((p) => p.id)).toEqual([
      'p-pallet',
      'p-drum-1',
      'p-drum-2',
    ])
    expect(scene.props.find((p) => p.kind === 'custom.model')?.model).toEqual({
      id: 'a3f1c9e07b2d45e8a3f1c9e07b2d45e8a3f1c9e07b2d45e8a3f1c9e07b2d45e8',
      name: 'Kubelwagen.glb',
      sizeMm: { x: 106.9, y: 46, z: 45.4 },
    })
  })
})

describe('migrate', () => {
  it('has one named step per older format, in order, ending at the current one', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: SCENE_FORMAT_VERSION }, (_, i) => i))
    for (const m of MIGRATIONS) expect(m.name).toMatch(/^v\d+-to-v\d+: /)
  })

  it('names every step it takes', () => {
    const { steps } = migrate({ version: 0, scaleRatio: 35, props: [] }, 0)
    expect(steps).toEqual(MIGRATIONS.map((m) => m.name))
    expect(migrate({ version: 1, props: [] }, 1).steps).toEqual([
      'v1-to-v2: no groups and no camera bookmarks yet',
    ])
  })

  it('v1-to-v2 adds empty groups and bookmarks and changes nothing else', () => {
    const raw = { format: 'diorama-scene', version: 1, name: 'x', props: [{ id: 'p' }] }
    expect(migrate(raw, 1).data).toEqual({ ...raw, version: 2, groups: [], bookmarks: [] })
  })

  it('takes no step for a current-format scene', () => {
    const raw = { version: SCENE_FORMAT_VERSION }
    expect(migrate(raw, SCENE_FORMAT_VERSION)).toEqual({ data: raw, steps: [] })
  })

  it('names a custom scale when the prototype ratio is not a number', () => {
    const { data } = migrate({ version: 0, scaleRatio: 'big', props: [] }, 0)
    expect(data.scale).toEqual({ ratio: 'big', name: 'custom' })
  })
})
