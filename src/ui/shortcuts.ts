import type { EditorStore } from '../store/editorStore'

export const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

const typingInto = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/** A modal dialog holds the keyboard (it closes on its own Escape): the editor behind it takes no keys. */
const dialogOpen = (target: EventTarget | null) =>
  (target instanceof Element && target.closest('dialog, [role="dialog"]') !== null) ||
  document.querySelector('dialog[open], [aria-modal="true"]') !== null

/**
 * A key press as the bindings name it: "Mod+Shift+g", "Alt+h", "ArrowLeft", "?". Mod is Cmd on a Mac and Ctrl
 * elsewhere; letters are lower case; Shift is named only with letters and named keys ("?" is Shift+/ already,
 * and on many keyboards digits need Shift). Ctrl on a Mac and the Windows key elsewhere are left to the system.
 */
export function comboOf(e: KeyboardEvent, mac = isMac()): string | null {
  if (mac ? e.ctrlKey : e.metaKey) return null
  // Option+H types "˙" on a Mac: the key's place says which letter it is.
  const key = e.altKey && e.code.startsWith('Key') ? e.code.slice(3) : e.key
  const letter = /^[a-z]$/i.test(key)
  const parts = [(mac ? e.metaKey : e.ctrlKey) && 'Mod', e.altKey && 'Alt']
  if (e.shiftKey && (letter || key.length > 1)) parts.push('Shift')
  return [...parts.filter(Boolean), letter ? key.toLowerCase() : key].join('+')
}

/**
 * Every key the editor binds, as comboOf names them. What each does is in shortcutActions.ts (loaded on the
 * first key, or when the page is idle) and what the help says in shortcutHelp.ts; tests keep the three in step.
 */
export const COMBOS = [
  'Mod+z',
  'Mod+Shift+z',
  'Mod+y',
  'Delete',
  'Backspace',
  'Escape',
  'Mod+a',
  'Mod+d',
  'Mod+g',
  'Mod+Shift+g',
  'h',
  'Alt+h',
  'l',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Shift+ArrowLeft',
  'Shift+ArrowRight',
  'Shift+ArrowUp',
  'Shift+ArrowDown',
  'Shift+PageUp',
  'Shift+PageDown',
  'r',
  'Shift+r',
  'End',
  'w',
  'e',
  'f',
  '1',
  '3',
  '7',
  '5',
  'b',
  'm',
  '?',
] as const
export type Combo = (typeof COMBOS)[number]
const BOUND: ReadonlySet<string> = new Set(COMBOS)

/** Held down, these repeat (a nudge, a turn, undo); a held Ctrl+D makes one copy, not thirty. */
const repeats = (combo: string) => /^(Shift\+)?(Arrow|Page)|^(Shift\+)?r$|^Mod\+(Shift\+)?[zy]$/.test(combo)

const loadActions = () => import('./shortcutActions').then((m) => m.ACTIONS)

/**
 * The editor's keyboard (COMBOS). Keys typed into a field belong to the field, so the browser's own text
 * undo stays intact there; a key a panel has handled (the outliner's arrows) is left alone, and so is every
 * key while a modal dialog is open. A bound key's default is prevented at once (Ctrl+D must not bookmark the
 * page); its action runs as soon as the actions have loaded, in the order the keys came.
 */
export function installShortcuts(store: EditorStore): () => void {
  let actions: ReturnType<typeof loadActions> | undefined
  const load = () => (actions ??= loadActions())
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing || typingInto(e.target) || dialogOpen(e.target)) return
    const combo = comboOf(e)
    if (combo === null || !BOUND.has(combo)) return
    e.preventDefault()
    if (!e.repeat || repeats(combo)) void load().then((all) => all[combo as Combo](store.getState()))
  }
  window.addEventListener('keydown', onKeyDown)
  const early = setTimeout(load, 2000)
  return () => {
    clearTimeout(early)
    window.removeEventListener('keydown', onKeyDown)
  }
}
