// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CameraView } from '../../src/domain/scene/types'
import { vec3 } from '../../src/domain/units/vec'
import { createEditorStore, type EditorStore } from '../../src/store/editorStore'
import { measureStore } from '../../src/store/measureStore'
import { viewBridge } from '../../src/store/viewBridge'
import { helpState } from '../../src/ui/helpState'
import { ACTIONS } from '../../src/ui/shortcutActions'
import { SHORTCUT_HELP, keyCaps } from '../../src/ui/shortcutHelp'
import { COMBOS, comboOf, installShortcuts } from '../../src/ui/shortcuts'
import { crate, workbench } from '../domain/scene/workbench'

const key = (init: KeyboardEventInit) =>
  new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })

describe('key combos', () => {
  it('name a key press as the bindings do', () => {
    expect(comboOf(key({ key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true }), false)).toBe('Mod+Shift+z')
    expect(comboOf(key({ key: 'z', code: 'KeyZ', metaKey: true }), true)).toBe('Mod+z')
    expect(comboOf(key({ key: 'ArrowLeft', shiftKey: true }), false)).toBe('Shift+ArrowLeft')
    expect(comboOf(key({ key: '?', code: 'Slash', shiftKey: true }), false)).toBe('?')
    expect(comboOf(key({ key: '1', code: 'Digit1' }), false)).toBe('1')
    // Option+H types "˙" on a Mac.
    expect(comboOf(key({ key: '˙', code: 'KeyH', altKey: true }), true)).toBe('Alt+h')
    // Ctrl on a Mac and the Windows key elsewhere belong to the system.
    expect(comboOf(key({ key: 'd', code: 'KeyD', ctrlKey: true }), true)).toBeNull()
    expect(comboOf(key({ key: 'd', code: 'KeyD', metaKey: true }), false)).toBeNull()
  })

  it('are each bound to one action and described in the help, and the help describes no other', () => {
    expect(Object.keys(ACTIONS).sort()).toEqual([...COMBOS].sort())
    const described = SHORTCUT_HELP.flatMap((s) =>
      s.rows.filter((r) => r.bound !== false).flatMap((r) => r.keys),
    )
    expect([...new Set(described)].sort()).toEqual([...COMBOS].sort())
    expect(keyCaps('Mod+Shift+g', false)).toEqual(['Ctrl', 'Shift', 'G'])
    expect(keyCaps('Mod+d', true)).toEqual(['⌘', 'D'])
    expect(keyCaps('Shift+ArrowUp', false)).toEqual(['Shift', '↑'])
  })
})

describe('the editor’s shortcuts', () => {
  let store: EditorStore
  let uninstall: () => void
  const state = () => store.getState()
  const x = (id: string) => state().scene.props.find((p) => p.id === id)?.position.x
  /** Presses a key on `target` and waits for its action (loaded with the first key). */
  async function press(init: KeyboardEventInit, target: EventTarget = document.body): Promise<KeyboardEvent> {
    const e = key(init)
    target.dispatchEvent(e)
    await vi.dynamicImportSettled()
    await new Promise((r) => setTimeout(r, 0))
    return e
  }

  beforeEach(() => {
    store = createEditorStore(workbench([crate('a', 0), crate('b', 40), crate('c', 80)]))
    uninstall = installShortcuts(store)
  })
  afterEach(() => {
    uninstall()
    document.body.innerHTML = ''
    helpState.setState({ open: false })
    measureStore.getState().setActive(false)
  })

  it('duplicates (Ctrl+D) once however long the key is held, and the browser does not bookmark', async () => {
    state().select(['a'])
    const e = await press({ key: 'd', code: 'KeyD', ctrlKey: true })
    expect(e.defaultPrevented).toBe(true)
    expect(state().scene.props).toHaveLength(4)
    const held = await press({ key: 'd', code: 'KeyD', ctrlKey: true, repeat: true })
    expect(held.defaultPrevented).toBe(true)
    expect(state().scene.props).toHaveLength(4)
  })

  it('nudges by the grid step with the arrows, ten with Shift, and repeats while held', async () => {
    state().select(['b'])
    await press({ key: 'ArrowRight' })
    expect(x('b')).toBe(41)
    await press({ key: 'ArrowRight', shiftKey: true })
    expect(x('b')).toBe(51)
    state().setGridStep(0.5)
    await press({ key: 'ArrowLeft', repeat: true })
    expect(x('b')).toBe(50.5)
    await press({ key: 'PageUp' })
    expect(state().scene.props.find((p) => p.id === 'b')?.position.y).toBe(0.5)
    await press({ key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(state().scene.props.find((p) => p.id === 'b')?.position.y).toBe(0)
  })

  it('leaves keys typed into fields, keys a panel handled, and keys behind a modal dialog alone', async () => {
    state().select(['a'])
    const input = document.body.appendChild(document.createElement('input'))
    const typed = await press({ key: 'h', code: 'KeyH' }, input)
    expect(typed.defaultPrevented).toBe(false)
    const handled = key({ key: 'Delete' })
    handled.preventDefault()
    document.body.dispatchEvent(handled)
    const dialog = document.body.appendChild(document.createElement('dialog'))
    dialog.setAttribute('open', '')
    await press({ key: 'Escape' })
    expect(state().selection).toEqual(['a'])
    expect(state().scene.props.every((p) => !p.hidden)).toBe(true)
    expect(state().scene.props).toHaveLength(3)
  })

  it('selects all, clears, groups, ungroups, locks, hides, shows, turns and drops', async () => {
    await press({ key: 'a', code: 'KeyA', ctrlKey: true })
    expect(state().selection).toEqual(['a', 'b', 'c'])
    await press({ key: 'g', code: 'KeyG', ctrlKey: true })
    expect(state().scene.groups).toHaveLength(1)
    await press({ key: 'G', code: 'KeyG', ctrlKey: true, shiftKey: true })
    expect(state().scene.groups).toHaveLength(0)
    await press({ key: 'l', code: 'KeyL' })
    expect(state().scene.props.every((p) => p.locked)).toBe(true)
    await press({ key: 'l', code: 'KeyL' })
    expect(state().scene.props.some((p) => p.locked)).toBe(false)
    state().select(['c'])
    await press({ key: 'r', code: 'KeyR' })
    expect(state().scene.props[2]?.rotation.y).toBe(15)
    await press({ key: 'R', code: 'KeyR', shiftKey: true })
    expect(state().scene.props[2]?.rotation.y).toBe(0)
    await press({ key: 'h', code: 'KeyH' })
    expect(state().scene.props[2]?.hidden).toBe(true)
    expect(state().selection).toEqual([])
    await press({ key: 'h', code: 'KeyH', altKey: true })
    expect(state().scene.props[2]?.hidden).toBeUndefined()
    state().select(['a'])
    await press({ key: 'Escape' })
    expect(state().selection).toEqual([])
    expect(state().history.past.map((s) => s.label)).toEqual([
      'Group',
      'Ungroup',
      'Lock',
      'Unlock',
      'Rotate',
      'Rotate',
      'Hide',
      'Show all',
    ])
  })

  it('opens the help, toggles the tape, and reaches the camera through the view bridge', async () => {
    await press({ key: '?', code: 'Slash', shiftKey: true })
    expect(helpState.getState().open).toBe(true)
    await press({ key: 'm', code: 'KeyM' })
    expect(measureStore.getState().active).toBe(true)
    // No camera yet: B says so instead of saving nothing.
    await press({ key: 'b', code: 'KeyB' })
    expect(state().notices.map((n) => n.id)).toEqual(['no-view'])
    const view: CameraView = {
      projection: 'perspective',
      position: vec3(100, 100, 100),
      target: vec3(0, 0, 0),
    }
    const viewFrom = vi.fn()
    const focusSelection = vi.fn()
    const unregister = viewBridge.getState().register({
      getView: () => view,
      goTo: vi.fn(),
      setProjection: vi.fn(),
      viewFrom,
      focusSelection,
    })
    try {
      for (const k of ['1', '3', '7', '5']) await press({ key: k, code: `Digit${k}` })
      expect(viewFrom.mock.calls.map((c) => c[0])).toEqual(['front', 'side', 'top', 'perspective'])
      await press({ key: 'f', code: 'KeyF' })
      expect(focusSelection).toHaveBeenCalledOnce()
      await press({ key: 'b', code: 'KeyB' })
      expect(state().scene.bookmarks).toHaveLength(1)
      expect(state().scene.bookmarks[0]?.name).toBe('View 1')
    } finally {
      unregister()
    }
  })
})
