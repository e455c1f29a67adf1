import 'fake-indexeddb/auto'
import { get, keys, set } from 'idb-keyval'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { generateScene } from '../../bench/lib/sceneGen'
import { adoptStoredParts, binScene, readScene, restoreScene, saveScene } from '../../src/app/sceneStore'
import { isPartsHead, partEnds, planParts } from '../../src/app/sceneParts'
import { removeProps, setPropPosition } from '../../src/domain/scene/editProps'
import type { Prop, Scene } from '../../src/domain/scene/types'
import { parseSceneJson } from '../../src/domain/schema/parseScene'
import { vec3 } from '../../src/domain/units/vec'

// The autosave's storage (src/app/sceneStore.ts, sceneParts.ts) against an IndexedDB in memory: what is read
// back is always the scene's exact text, and a save after a small edit writes only the part that changed.

/** A scene as the app holds it: through the one door, as after opening it. */
function opened(scene: Scene): Scene {
  const result = parseSceneJson(JSON.stringify(scene))
  if (!result.ok) throw new Error(result.error.summary)
  return result.value
}

/** Keys written by put() while `run` runs. */
async function putsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const put = vi.spyOn(IDBObjectStore.prototype, 'put')
  try {
    await run()
    return put.mock.calls.map((call) => String(call[1]))
  } finally {
    put.mockRestore()
  }
}

const partKeysOf = async (id: string) =>
  (await keys()).map(String).filter((k) => k.startsWith(`scene:${id}#`))

const textOf = async (id: string) => (await readScene(id)).raw

/** Reads a stored scene and opens it through the one door, as the app does on start. */
async function reopen(id: string): Promise<{ scene: Scene; rev: number }> {
  const { raw, rev } = await readScene(id)
  const result = parseSceneJson(String(raw))
  if (!result.ok) throw new Error('the stored scene opens')
  return { scene: result.value, rev }
}

let n = 0
/** Each test its own scene id, so nothing this module remembers carries over. */
const fresh = (size: number): Scene => ({ ...opened(generateScene(size)), id: `s-test${++n}` })

afterEach(() => vi.restoreAllMocks())

describe('the stored scene', () => {
  it('reads back as exactly JSON.stringify of what was saved', async () => {
    const scene = fresh(1200)
    expect(await saveScene(scene, 0)).toMatchObject({ ok: true, rev: 1 })
    expect(await textOf(scene.id)).toBe(JSON.stringify(scene))
    expect((await partKeysOf(scene.id)).length).toBe(partEnds(scene.props).length)
    expect((await readScene(scene.id)).rev).toBe(1)
  })

  it('writes only the part that changed after moving one prop', async () => {
    const scene = fresh(2000)
    await saveScene(scene, 0)
    const prop = scene.props[1500] as Prop
    const moved = setPropPosition(scene, prop.id, vec3(1, 2, 3))
    const written = await putsDuring(() => saveScene(moved, 1))
    expect(written.filter((k) => k.includes('#'))).toHaveLength(1)
    expect(written).toContain(`scene:${scene.id}`)
    expect(await textOf(scene.id)).toBe(JSON.stringify(moved))
  })

  it('writes no part when a scene is opened and saved unchanged', async () => {
    const scene = fresh(1500)
    await saveScene(scene, 0)
    const reopened = await reopen(scene.id)
    const written = await putsDuring(() => saveScene(reopened.scene, reopened.rev))
    expect(written.filter((k) => k.includes('#'))).toEqual([])
    expect(await textOf(scene.id)).toBe(JSON.stringify(scene))
  })

  it('ties the parts read to the opened props, so the first save after opening compares props, not texts', async () => {
    const scene = fresh(1500)
    await saveScene(scene, 0)
    const reopened = await reopen(scene.id)
    adoptStoredParts(reopened.scene)
    const join = vi.spyOn(Array.prototype, 'join')
    const prop = reopened.scene.props[700] as Prop
    const moved = setPropPosition(reopened.scene, prop.id, vec3(1, 2, 3))
    const written = await putsDuring(() => saveScene(moved, reopened.rev))
    expect(written.filter((k) => k.includes('#'))).toHaveLength(1)
    // One part joined (the edited one), not every part to compare.
    expect(join.mock.calls.filter(([sep]) => sep === ',')).toHaveLength(1)
    join.mockRestore()
    expect(await textOf(scene.id)).toBe(JSON.stringify(moved))
  })

  it('does not tie a part whose stored text differs from the opened props', async () => {
    // Stored with each prop's keys in the generator's order; opened, the one door orders them its own way.
    const raw = { ...generateScene(1500), id: `s-test${++n}` }
    await saveScene(raw, 0)
    const reopened = await reopen(raw.id)
    adoptStoredParts(reopened.scene)
    const written = await putsDuring(() => saveScene(reopened.scene, reopened.rev))
    expect(written.filter((k) => k.includes('#')).length).toBeGreaterThan(0)
    expect(await textOf(raw.id)).toBe(JSON.stringify(reopened.scene))
  })

  it('drops the parts it no longer needs when props are deleted', async () => {
    const scene = fresh(3000)
    await saveScene(scene, 0)
    const before = (await partKeysOf(scene.id)).length
    const fewer = removeProps(
      scene,
      scene.props.slice(100).map((p) => p.id),
    )
    await saveScene(fewer, 1)
    expect(await textOf(scene.id)).toBe(JSON.stringify(fewer))
    expect((await partKeysOf(scene.id)).length).toBe(partEnds(fewer.props).length)
    expect((await partKeysOf(scene.id)).length).toBeLessThan(before)
    const empty = removeProps(
      fewer,
      fewer.props.map((p) => p.id),
    )
    await saveScene(empty, 2)
    expect(await textOf(scene.id)).toBe(JSON.stringify(empty))
    expect(await partKeysOf(scene.id)).toEqual([])
  })

  it('reads a scene stored whole by earlier builds, and stores it in parts on the next save', async () => {
    const scene = fresh(600)
    await set(`scene:${scene.id}`, JSON.stringify(scene))
    await set(`rev:${scene.id}`, 4)
    expect(await readScene(scene.id)).toEqual({ raw: JSON.stringify(scene), rev: 4 })
    const moved = setPropPosition(scene, (scene.props[0] as Prop).id, vec3(5, 0, 5))
    expect(await saveScene(moved, 4)).toMatchObject({ ok: true, rev: 5 })
    expect(isPartsHead(await get(`scene:${scene.id}`))).toBe(true)
    expect(await textOf(scene.id)).toBe(JSON.stringify(moved))
  })

  it('writes every part again when another tab wrote the scene in between', async () => {
    const scene = fresh(1500)
    await saveScene(scene, 0)
    // Another tab's save: same parts, its own head token, one revision on.
    const head = await get<object>(`scene:${scene.id}`)
    await set(`scene:${scene.id}`, { ...head, token: 't-other' })
    await set(`rev:${scene.id}`, 2)
    const prop = scene.props[10] as Prop
    const moved = setPropPosition(scene, prop.id, vec3(7, 0, 7))
    expect(await saveScene(moved, 1)).toMatchObject({ ok: false, conflict: true })
    const written = await putsDuring(() => saveScene(moved, 2))
    expect(written.filter((k) => k.includes('#'))).toHaveLength(partEnds(moved.props).length)
    expect(await textOf(scene.id)).toBe(JSON.stringify(moved))
  })

  it('shows a missing part as damage instead of dropping its props', async () => {
    const scene = fresh(1500)
    await saveScene(scene, 0)
    const [first] = await partKeysOf(scene.id)
    const { del } = await import('idb-keyval')
    await del(first as string)
    const raw = String(await textOf(scene.id))
    expect(raw).toContain('[null,')
    expect(parseSceneJson(raw).ok).toBe(false)
  })

  it('moves to the bin and back whole, leaving no parts behind', async () => {
    const scene = fresh(1500)
    await saveScene(scene, 0)
    await binScene(scene.id)
    expect(await partKeysOf(scene.id)).toEqual([])
    expect(await get(`scene:${scene.id}`)).toBeUndefined()
    await restoreScene(scene.id)
    expect(await textOf(scene.id)).toBe(JSON.stringify(scene))
  })
})

describe('where parts end', () => {
  it('cuts by the props themselves, so adding a prop at the front leaves later parts as they were', () => {
    const scene = fresh(3000)
    const plan = planParts(scene, undefined)
    expect(plan.changed).toHaveLength(plan.parts.length)
    const [first] = scene.props
    const added = { ...(first as Prop), id: 'p-added' }
    const grown = { ...scene, props: [added, ...scene.props] }
    const next = planParts(grown, plan.parts)
    expect(next.changed.length).toBeLessThanOrEqual(2)
    expect(next.changed).toContain(0)
  })

  it('keeps parts between 16 and 120 props, under 64 KB of text', () => {
    const scene = fresh(5000)
    const ends = partEnds(scene.props)
    const sizes = ends.map((end, i) => end - (ends[i - 1] ?? 0))
    expect(Math.max(...sizes)).toBeLessThanOrEqual(120)
    expect(Math.min(...sizes.slice(0, -1))).toBeGreaterThanOrEqual(16)
    expect(ends.at(-1)).toBe(5000)
    const texts = planParts(scene, undefined).parts.map((p) => p.text.length)
    expect(Math.max(...texts)).toBeLessThan(64 * 1024)
  })
})
