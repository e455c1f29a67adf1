import { describe, expect, it } from 'vitest'
import { addProp, makeProp } from '../../src/domain/scene/addProp'
import { demoScene } from '../../src/domain/scene/demoScene'
import { removeProps, renameProp, setPropPosition } from '../../src/domain/scene/editProps'
import type { Scene } from '../../src/domain/scene/types'
import { vec3 } from '../../src/domain/units/vec'
import {
  applyStep,
  diffScenes,
  emptyHistory,
  HISTORY_LIMIT,
  record,
  type Step,
} from '../../src/store/history'

const ids = (scene: Scene) => scene.props.map((p) => p.id)

/** Diffs `prev` -> `next`, then checks the step replays both ways onto the right scene. */
function roundTrip(prev: Scene, next: Scene): Step {
  const step = diffScenes(prev, next, 'test')
  expect(applyStep(next, step, 'undo')).toEqual(prev)
  expect(applyStep(prev, step, 'redo')).toEqual(next)
  return step
}

describe('diffScenes', () => {
  it('records only the props that changed', () => {
    const prev = demoScene()
    const next = setPropPosition(prev, 'demo-crate-1', vec3(0, 0, 0))
    const step = roundTrip(prev, next)
    expect(step.props).toHaveLength(1)
    expect(step.props[0]).toMatchObject({ id: 'demo-crate-1', beforeIndex: 8, afterIndex: 8 })
    expect(step.props[0]?.before).toBe(prev.props[8])
    expect(step.props[0]?.after).toBe(next.props[8])
  })

  it('records an added prop with no before', () => {
    const prev = demoScene()
    const next = addProp(prev, makeProp({ kind: 'balsa.post' }))
    const [change] = roundTrip(prev, next).props
    expect(change?.before).toBeUndefined()
    expect(change).toMatchObject({ beforeIndex: -1, afterIndex: 16 })
  })

  it('records a removed prop with no after, at its old index', () => {
    const prev = demoScene()
    const [change] = roundTrip(prev, removeProps(prev, ['demo-drum-2'])).props
    expect(change?.after).toBeUndefined()
    expect(change).toMatchObject({ id: 'demo-drum-2', beforeIndex: 5, afterIndex: -1 })
  })

  it('records nothing for an unchanged scene but the scene fields', () => {
    const prev = demoScene()
    const next = { ...prev, name: 'Renamed' }
    const step = roundTrip(prev, next)
    expect(step.props).toEqual([])
    expect(step.meta.before.name).toBe('Rusty workshop corner')
    expect(step.meta.after.name).toBe('Renamed')
    expect(step.meta.before).not.toHaveProperty('props')
  })

  it('restores removed props to their places, first, middle and last together', () => {
    const prev = demoScene()
    const gone = ['demo-floor', 'demo-drum-2', 'demo-drum-3', 'demo-crate-2', 'demo-rock-2']
    const next = removeProps(prev, gone)
    roundTrip(prev, next)
    const undone = applyStep(next, diffScenes(prev, next, 'Delete'), 'undo')
    expect(ids(undone)).toEqual(ids(prev))
    undone.props.forEach((p, i) => expect(p).toBe(prev.props[i]))
  })

  it('replays a mixed step: add, remove, change and rename at once', () => {
    const prev = demoScene()
    let next = removeProps(prev, ['demo-wall-1', 'demo-timber-2'])
    next = setPropPosition(next, 'demo-pipe', vec3(5, 0, 5))
    next = renameProp(next, 'demo-floor', 'Floor')
    next = addProp(next, makeProp({ kind: 'rust.oil-drum' }))
    next = addProp(next, makeProp({ kind: 'balsa.crate' }))
    expect(roundTrip(prev, next).props).toHaveLength(6)
  })
})

describe('record', () => {
  const step = (label: string): Step => diffScenes(demoScene(), demoScene(), label)

  it('adds a step and clears the redo stack', () => {
    const h = record({ past: [step('a')], future: [step('b')] }, step('c'))
    expect(h.past.map((s) => s.label)).toEqual(['a', 'c'])
    expect(h.future).toEqual([])
  })

  it(`keeps only the last ${HISTORY_LIMIT} steps`, () => {
    let h = emptyHistory
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = record(h, step(String(i)))
    expect(h.past).toHaveLength(HISTORY_LIMIT)
    expect(h.past[0]?.label).toBe('5')
    expect(h.past[HISTORY_LIMIT - 1]?.label).toBe(String(HISTORY_LIMIT + 4))
  })
})
