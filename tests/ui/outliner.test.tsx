// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createEditorStore, type EditorStore } from '../../src/store/editorStore'
import { EditorContext } from '../../src/store/useEditor'
import { Outliner } from '../../src/ui/Outliner'
import { crate, workbench } from '../domain/scene/workbench'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}

let store: EditorStore
let root: Root
let container: HTMLElement
const state = () => store.getState()
const list = () => container.querySelector<HTMLElement>('[aria-label="Props in the scene"]') as HTMLElement
/** Buttons and switches by accessible name (aria-label, else text). */
const named = (name: string, role = 'button') =>
  [...container.querySelectorAll<HTMLElement>('button')].filter(
    (b) =>
      (b.getAttribute('role') ?? 'button') === role &&
      (b.getAttribute('aria-label') ?? b.textContent) === name,
  )
const one = (name: string, role = 'button', nth = 0) => {
  const found = named(name, role)[nth]
  if (!found) throw new Error(`no ${role} "${name}"`)
  return found
}
const key = async (target: Element, init: KeyboardEventInit) =>
  act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }))
  })
const click = async (target: HTMLElement, init: MouseEventInit = {}) =>
  act(async () => {
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }))
  })

beforeAll(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  Element.prototype.scrollIntoView = () => {}
})

beforeEach(async () => {
  store = createEditorStore(
    workbench(
      [
        { ...crate('a', 0), name: 'Alpha' },
        { ...crate('s1', 40, 0, { groupId: 'g' }), name: 'Low crate' },
        { ...crate('s2', 40, 0, { groupId: 'g' }), name: 'High crate' },
        { ...crate('b', 80), name: 'Beta' },
      ],
      [{ id: 'g', name: 'Stack' }],
    ),
  )
  container = document.body.appendChild(document.createElement('div'))
  root = createRoot(container)
  await act(async () =>
    root.render(
      <EditorContext.Provider value={store}>
        <Outliner />
      </EditorContext.Provider>,
    ),
  )
  // The list loads on its own after the panel.
  for (let i = 0; i < 20 && !container.querySelector('[data-row]'); i++)
    await act(async () => {
      await vi.dynamicImportSettled()
      await new Promise((r) => setTimeout(r, 10))
    })
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

describe('the outliner', () => {
  it('lists every prop once, each group with its props in a list of their own', () => {
    expect(list().querySelectorAll('li')).toHaveLength(5)
    const members = container.querySelector('ul[aria-label="Members of Stack"]')
    expect(members).not.toBeNull()
    expect([...(members?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Low crate',
      'High crate',
    ])
    expect(one('Members of Stack').getAttribute('aria-expanded')).toBe('true')
  })

  it('selects a group by a click on one of its props, and Ctrl-click takes out or adds one prop', async () => {
    await click(one('High crate'))
    expect(state().selection).toEqual(['s1', 's2'])
    expect(one('Stack').getAttribute('aria-pressed')).toBe('true')
    await click(one('Low crate'), { ctrlKey: true })
    expect(state().selection).toEqual(['s2'])
    await click(one('Alpha'), { shiftKey: true })
    expect(state().selection).toEqual(['s2', 'a'])
    await click(one('Stack'))
    expect(state().selection).toEqual(['s1', 's2'])
  })

  it('moves focus with the arrow keys, selects with Enter and Space, and leaves the list with Escape', async () => {
    one('Alpha').focus()
    await key(document.activeElement as Element, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(one('Stack'))
    await key(document.activeElement as Element, { key: 'ArrowLeft' })
    expect(document.activeElement).toBe(one('Members of Stack'))
    await key(document.activeElement as Element, { key: 'ArrowRight' })
    await key(document.activeElement as Element, { key: 'ArrowRight' })
    expect(document.activeElement).toBe(one('Lock Stack', 'switch'))
    await key(document.activeElement as Element, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(one('Low crate'))
    await key(document.activeElement as Element, { key: 'End' })
    expect(document.activeElement).toBe(one('Beta'))
    await key(document.activeElement as Element, { key: 'Enter' })
    expect(state().selection).toEqual(['b'])
    await key(one('Alpha'), { key: ' ', shiftKey: true })
    expect(state().selection).toEqual(['b', 'a'])
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true })
    await act(async () => void one('Beta').dispatchEvent(escape))
    // Handled here: the editor's Escape (clear the selection) does not see it.
    expect(escape.defaultPrevented).toBe(true)
    expect(document.activeElement?.id).toBe('outliner-title')
    expect(state().selection).toEqual(['b', 'a'])
  })

  it('folds a group', async () => {
    await click(one('Members of Stack'))
    expect(one('Members of Stack').getAttribute('aria-expanded')).toBe('false')
    expect(named('Low crate')).toHaveLength(0)
    expect(list().querySelectorAll('li')).toHaveLength(3)
  })

  it('renames in place: F2, Enter keeps it as one undo step, Escape leaves the old name', async () => {
    one('Beta').focus()
    await key(one('Beta'), { key: 'F2' })
    const field = container.querySelector<HTMLInputElement>('input[aria-label="Name of Beta"]')
    expect(field).not.toBeNull()
    await act(async () => {
      if (field) field.value = 'Gamma'
    })
    await key(field as HTMLInputElement, { key: 'Enter' })
    expect(state().scene.props[3]?.name).toBe('Gamma')
    expect(state().history.past.map((s) => s.label)).toEqual(['Rename'])
    expect(document.activeElement).toBe(one('Gamma'))
    await key(one('Gamma'), { key: 'F2' })
    const again = container.querySelector<HTMLInputElement>(
      'input[aria-label="Name of Gamma"]',
    ) as HTMLInputElement
    await act(async () => void (again.value = 'Nope'))
    await key(again, { key: 'Escape' })
    expect(state().scene.props[3]?.name).toBe('Gamma')
    // The whole group selected: Rename renames the group.
    await click(one('Stack'))
    await click(one('Rename'))
    const group = container.querySelector<HTMLInputElement>(
      'input[aria-label="Name of Stack"]',
    ) as HTMLInputElement
    await act(async () => void (group.value = 'Crate stack'))
    await key(group, { key: 'Enter' })
    expect(state().scene.groups[0]?.name).toBe('Crate stack')
  })

  it('locks and hides from the switches, without selecting; a hidden prop leaves the selection', async () => {
    await click(one('Beta'))
    await click(one('Lock Alpha', 'switch'))
    expect(state().scene.props[0]?.locked).toBe(true)
    expect(one('Lock Alpha', 'switch').getAttribute('aria-checked')).toBe('true')
    expect(state().selection).toEqual(['b'])
    await click(one('Hide Stack', 'switch'))
    expect(
      state()
        .scene.props.filter((p) => p.hidden)
        .map((p) => p.id),
    ).toEqual(['s1', 's2'])
    await click(one('Hide Beta', 'switch'))
    expect(state().selection).toEqual([])
    expect(one('Hide Beta', 'switch').closest('.outliner-row')?.classList.contains('is-hidden')).toBe(true)
    expect(state().history.past.map((s) => s.label)).toEqual(['Lock', 'Hide', 'Hide'])
  })
})
