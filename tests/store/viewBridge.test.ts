import { describe, expect, it, vi } from 'vitest'
import type { CameraView } from '../../src/domain/scene/types'
import { vec3 } from '../../src/domain/units/vec'
import { createViewBridge, type CameraControls } from '../../src/store/viewBridge'

const view: CameraView = {
  projection: 'orthographic',
  position: vec3(0, 300, 0),
  target: vec3(0, 0, 0),
  zoom: 2,
}

function controls(): CameraControls {
  return {
    getView: vi.fn(() => view),
    goTo: vi.fn(),
    setProjection: vi.fn(),
    viewFrom: vi.fn(),
    focusSelection: vi.fn(),
  }
}

describe('the view bridge', () => {
  it('does nothing and has no view until a 3D view registers', () => {
    const bridge = createViewBridge().getState()
    expect(bridge.available).toBe(false)
    expect(bridge.getView()).toBeNull()
    bridge.goTo(view)
    bridge.setProjection('orthographic')
    bridge.viewFrom('top')
    bridge.focusSelection()
    expect(bridge.projection).toBe('perspective')
  })

  it('passes every call to the registered view and records the projection it sets', () => {
    const store = createViewBridge()
    const camera = controls()
    store.getState().register(camera)
    expect(store.getState().available).toBe(true)
    expect(store.getState().getView()).toBe(view)
    store.getState().viewFrom('front')
    store.getState().focusSelection()
    expect(camera.viewFrom).toHaveBeenCalledWith('front')
    expect(camera.focusSelection).toHaveBeenCalledOnce()
    store.getState().goTo(view)
    expect(camera.goTo).toHaveBeenCalledWith(view)
    expect(store.getState().projection).toBe('orthographic')
    store.getState().setProjection('perspective')
    expect(camera.setProjection).toHaveBeenCalledWith('perspective')
    expect(store.getState().projection).toBe('perspective')
    // A change the view made on its own.
    store.getState().projectionChanged('orthographic')
    expect(store.getState().projection).toBe('orthographic')
  })

  it('keeps a newer view registered when an older one unregisters late (a remount after a lost context)', () => {
    const store = createViewBridge()
    const old = controls()
    const fresh = controls()
    const unregisterOld = store.getState().register(old)
    const unregisterFresh = store.getState().register(fresh)
    unregisterOld()
    expect(store.getState().available).toBe(true)
    store.getState().viewFrom('side')
    expect(fresh.viewFrom).toHaveBeenCalledWith('side')
    expect(old.viewFrom).not.toHaveBeenCalled()
    unregisterFresh()
    expect(store.getState().available).toBe(false)
    expect(store.getState().getView()).toBeNull()
  })
})
