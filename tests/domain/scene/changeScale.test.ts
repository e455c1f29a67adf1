import { describe, expect, it } from 'vitest'
import { changeScale } from '../../../src/domain/scene/changeScale'
import { demoScene } from '../../../src/domain/scene/demoScene'
import { parseScene } from '../../../src/domain/schema/parseScene'

const HO = { ratio: 87.1, name: '1:87 HO' }
const DOLLHOUSE = { ratio: 12, name: '1:12 dollhouse' }

describe('changeScale', () => {
  it('keeps the model as cut: only the scale changes', () => {
    const scene = demoScene()
    const next = changeScale(scene, HO, 'keep-model-size')
    expect(next.scale).toEqual(HO)
    expect(next.base).toBe(scene.base)
    expect(next.props).toBe(scene.props)
  })

  it('keeps the real world: lengths and places shrink by 35/87.1, counts and ratios stay', () => {
    const scene = demoScene()
    const next = changeScale(scene, HO, 'keep-real-size')
    const f = 35 / 87.1
    expect(next.base.widthMm).toBeCloseTo(300 * f, 3)
    expect(next.base.thicknessMm).toBe(12) // the board on the bench is not modelled
    const drum = next.props.find((p) => p.id === 'demo-drum-1')
    expect(drum?.params.diameterMm).toBeCloseTo(16.3 * f, 3)
    expect(drum?.position.x).toBeCloseTo(70 * f, 3)
    const rock = next.props.find((p) => p.id === 'demo-rock-1')
    expect(rock?.params.crumple).toBe(0.6)
  })

  it('resizes custom models and camera bookmarks with the world: 1:35 to 1:70 halves them, doubles zoom', () => {
    const scene = demoScene()
    const drum = scene.props[4]!
    const car = {
      ...drum,
      id: 'car',
      kind: 'custom.model',
      params: {},
      model: { id: 'abc', name: 'Car.glb', sizeMm: { x: 100, y: 40, z: 50 } },
    }
    const plan = {
      id: 'b',
      name: 'Plan',
      projection: 'orthographic' as const,
      position: { x: 10, y: 600, z: 0 },
      target: { x: 10, y: 0, z: -4 },
      zoom: 2.5,
    }
    const next = changeScale(
      { ...scene, props: [car], bookmarks: [plan] },
      { ratio: 70, name: '1:70' },
      'keep-real-size',
    )
    expect(next.props[0]?.model?.sizeMm).toEqual({ x: 50, y: 20, z: 25 })
    expect(next.bookmarks).toEqual([
      { ...plan, position: { x: 5, y: 300, z: 0 }, target: { x: 5, y: 0, z: -2 }, zoom: 5 },
    ])
    expect(parseScene(next).ok).toBe(true)
  })

  it('clamps a length to its parameter range instead of leaving an invalid scene', () => {
    const next = changeScale(demoScene(), DOLLHOUSE, 'keep-real-size')
    // A 150 mm floor at 1:35 is 437.5 mm at 1:12; the base grows the same way and everything still parses.
    expect(next.props.find((p) => p.id === 'demo-floor')?.params.lengthMm).toBeCloseTo(437.5, 3)
    expect(parseScene(JSON.parse(JSON.stringify(next))).ok).toBe(true)
  })
})
