import { describe, expect, it } from 'vitest'
import {
  addBookmark,
  removeBookmark,
  renameBookmark,
  updateBookmark,
} from '../../../src/domain/scene/bookmarks'
import { createScene } from '../../../src/domain/scene/createScene'
import type { CameraView } from '../../../src/domain/scene/types'
import { LIMITS } from '../../../src/domain/schema/limits'
import { parseScene } from '../../../src/domain/schema/parseScene'
import { vec3 } from '../../../src/domain/units/vec'

const front: CameraView = { projection: 'perspective', position: vec3(0, 160, 420), target: vec3(0, 0, 0) }
const plan: CameraView = {
  projection: 'orthographic',
  position: vec3(0, 600, 0.1),
  target: vec3(0, 0, 0),
  zoom: 2.5,
}

describe('camera bookmarks', () => {
  it('adds views named "View 1", "View 2" or as given, in order', () => {
    const one = addBookmark(createScene(), front)
    const two = addBookmark(one.scene, plan, ' Plan ')
    const three = addBookmark(two.scene, front)
    expect(three.scene.bookmarks).toEqual([
      { id: one.id, name: 'View 1', ...front },
      { id: two.id, name: 'Plan', ...plan },
      { id: three.id, name: 'View 2', ...front },
    ])
    expect(parseScene(three.scene).ok).toBe(true)
  })

  it('renames, re-saves and removes a bookmark', () => {
    const { scene, id = '' } = addBookmark(createScene(), front, 'Front')
    expect(renameBookmark(scene, id, 'Close-up').bookmarks[0]?.name).toBe('Close-up')
    expect(renameBookmark(scene, id, ' ')).toBe(scene)
    expect(updateBookmark(scene, id, plan).bookmarks[0]).toEqual({ id, name: 'Front', ...plan })
    expect(removeBookmark(scene, id).bookmarks).toEqual([])
    expect(removeBookmark(scene, 'nope')).toBe(scene)
  })

  it('brings a view within bounds, refuses one that is no view, and stops at the limit', () => {
    const far = addBookmark(createScene(), { ...plan, position: vec3(0, 1e9, 0), zoom: 1e9 })
    expect(far.scene.bookmarks[0]).toMatchObject({
      position: { y: LIMITS.maxCameraMm },
      zoom: LIMITS.maxZoom,
    })
    const scene = createScene()
    expect(addBookmark(scene, { ...front, target: vec3(Number.NaN, 0, 0) })).toEqual({ scene })
    let full = scene
    for (let i = 0; i < LIMITS.maxBookmarks; i++) full = addBookmark(full, front).scene
    expect(addBookmark(full, front)).toEqual({ scene: full })
  })
})
