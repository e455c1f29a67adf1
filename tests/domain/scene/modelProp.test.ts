import { describe, expect, it } from 'vitest'
import { createScene } from '../../../src/domain/scene/createScene'
import { placeModel, setModelMaterial } from '../../../src/domain/scene/modelProp'
import { propSize } from '../../../src/domain/scene/propGeometry'
import { isCustomModel } from '../../../src/domain/scene/types'
import { parseScene } from '../../../src/domain/schema/parseScene'
import { vec3 } from '../../../src/domain/units/vec'

const base = createScene() // 300 × 200 mm base

describe('placing an imported model', () => {
  it('keeps a model that fits at its own size, on a free spot of the base', () => {
    const { prop, scale } = placeModel(base, { id: 'abc123', name: 'barrel', sizeMm: vec3(20, 30, 20) })
    expect(scale).toBe(1)
    expect(propSize(prop)).toEqual(vec3(20, 30, 20))
    expect(prop.model).toEqual({ id: 'abc123', name: 'barrel', sizeMm: vec3(20, 30, 20) })
    expect(prop.position.y).toBe(0)
  })

  it('scales a model too large for the base down to 80 % of its shorter side, never up', () => {
    const { prop, scale } = placeModel(base, { id: 'big', name: 'shed', sizeMm: vec3(1600, 800, 400) })
    expect(scale).toBeCloseTo(160 / 1600, 10)
    expect(prop.model.sizeMm.x).toBeCloseTo(160, 6)
    expect(prop.model.sizeMm.y).toBeCloseTo(80, 6)
  })

  it('gives a flat model the format’s least thickness, and the scene still opens', () => {
    const { prop } = placeModel(base, { id: 'flat', name: 'decal', sizeMm: vec3(10, 0, 10) })
    expect(prop.model.sizeMm.y).toBe(0.01)
    const opened = parseScene(JSON.parse(JSON.stringify({ ...base, props: [prop] })))
    expect(opened.ok).toBe(true)
  })

  it('sets the material a model is drawn as, and leaves the scene alone when nothing changes', () => {
    const { prop } = placeModel(base, { id: 'm1', name: 'pipe', sizeMm: vec3(10, 10, 40) })
    const scene = { ...base, props: [prop] }
    const rusty = setModelMaterial(scene, prop.id, 'rust')
    const changed = rusty.props[0]!
    expect(isCustomModel(changed) && changed.model.material).toBe('rust')
    expect(setModelMaterial(rusty, prop.id, 'rust')).toBe(rusty)
    expect(setModelMaterial(scene, prop.id, 'plastic')).toBe(scene)
    expect(parseScene(JSON.parse(JSON.stringify(rusty))).ok).toBe(true)
    const bad = JSON.parse(JSON.stringify(rusty))
    bad.props[0].model.material = 'gold'
    const refused = parseScene(bad)
    expect(refused.ok).toBe(false)
  })
})
