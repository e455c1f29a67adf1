import { describe, expect, it } from 'vitest'
import { sceneText } from '../../src/app/sceneText'
import { demoScene } from '../../src/domain/scene/demoScene'
import { setPropPosition } from '../../src/domain/scene/editProps'
import { createScene } from '../../src/domain/scene/createScene'
import { vec3 } from '../../src/domain/units/vec'
import { generateScene } from '../../bench/lib/sceneGen'

// The autosave's text (src/app/sceneText.ts) is built from cached prop texts: it must stay byte for byte what
// JSON.stringify writes, whatever was cached before.
describe('scene text for the autosave', () => {
  it('is exactly JSON.stringify of the scene', () => {
    const demo = demoScene()
    expect(sceneText(demo)).toBe(JSON.stringify(demo))
    const empty = createScene({ name: 'Nothing yet' })
    expect(sceneText(empty)).toBe(JSON.stringify(empty))
    const big = generateScene(300)
    expect(sceneText(big)).toBe(JSON.stringify(big))
  })

  it('writes an edited prop anew and keeps the others', () => {
    const scene = demoScene()
    sceneText(scene)
    const prop = scene.props[3]
    if (!prop) throw new Error('the demo has props')
    const moved = setPropPosition(scene, prop.id, vec3(1, 2, 3))
    expect(sceneText(moved)).toBe(JSON.stringify(moved))
    expect(sceneText(moved)).not.toBe(sceneText(scene))
    const renamed = { ...moved, name: 'Renamed "props" \u0000' }
    expect(sceneText(renamed)).toBe(JSON.stringify(renamed))
  })
})
