/**
 * What the keyboard help says. Keys are written as the bindings name them (shortcuts.ts: "Mod+Shift+g",
 * "ArrowLeft") so a test can check every binding is described; rows whose keys are not bindings (the
 * outliner's own keys, a key held during a drag) say so with `bound: false`.
 */
export interface HelpRow {
  readonly keys: readonly string[]
  readonly does: string
  readonly bound?: false
}

export interface HelpSection {
  readonly title: string
  readonly rows: readonly HelpRow[]
}

export const SHORTCUT_HELP: readonly HelpSection[] = [
  {
    title: 'Edit',
    rows: [
      { keys: ['Mod+z'], does: 'Undo' },
      { keys: ['Mod+Shift+z', 'Mod+y'], does: 'Redo' },
      { keys: ['Delete', 'Backspace'], does: 'Delete the selection' },
      { keys: ['Mod+d'], does: 'Duplicate the selection' },
      { keys: ['Mod+g'], does: 'Group the selection' },
      { keys: ['Mod+Shift+g'], does: 'Ungroup' },
      { keys: ['l'], does: 'Lock or unlock the selection' },
      { keys: ['h'], does: 'Hide the selection' },
      { keys: ['Alt+h'], does: 'Show every hidden prop' },
    ],
  },
  {
    title: 'Select',
    rows: [
      { keys: ['Mod+a'], does: 'Select every shown prop' },
      { keys: ['Escape'], does: 'Clear the selection' },
      { keys: ['Shift'], does: 'Hold and drag in the 3D view to add the props in a box', bound: false },
    ],
  },
  {
    title: 'Move and turn',
    rows: [
      { keys: ['ArrowLeft', 'ArrowRight'], does: 'Nudge along X by the grid step' },
      { keys: ['ArrowUp', 'ArrowDown'], does: 'Nudge along Z (away, towards you)' },
      { keys: ['PageUp', 'PageDown'], does: 'Nudge up and down (Y)' },
      {
        keys: [
          'Shift+ArrowLeft',
          'Shift+ArrowRight',
          'Shift+ArrowUp',
          'Shift+ArrowDown',
          'Shift+PageUp',
          'Shift+PageDown',
        ],
        does: 'Nudge by ten grid steps',
      },
      { keys: ['r'], does: 'Turn by the angle step' },
      { keys: ['Shift+r'], does: 'Turn back by the angle step' },
      { keys: ['End'], does: 'Drop onto the surface below' },
      { keys: ['w'], does: 'Gizmo: move (a level drag rests props on what is under them)' },
      { keys: ['e'], does: 'Gizmo: turn about the vertical' },
      { keys: ['Alt'], does: 'Hold while dragging to move freely, without snapping', bound: false },
    ],
  },
  {
    title: 'View',
    rows: [
      { keys: ['f'], does: 'Frame the selection' },
      { keys: ['1'], does: 'Front view' },
      { keys: ['3'], does: 'Side view' },
      { keys: ['7'], does: 'Top view' },
      { keys: ['5'], does: 'Perspective view' },
      { keys: ['b'], does: 'Save the view as a bookmark' },
      { keys: ['m'], does: 'Measure: click two points in the 3D view' },
      { keys: ['?'], does: 'This help' },
    ],
  },
  {
    title: 'In the outliner',
    rows: [
      { keys: ['ArrowUp', 'ArrowDown', 'Home', 'End'], does: 'Move between rows', bound: false },
      { keys: ['ArrowLeft', 'ArrowRight'], does: 'Move along a row: fold, name, lock, hide', bound: false },
      { keys: ['Enter', 'Space'], does: 'Select (with Shift or Ctrl: add or take out)', bound: false },
      { keys: ['F2'], does: 'Rename', bound: false },
      { keys: ['Escape'], does: 'Leave the list, so the arrow keys nudge again', bound: false },
    ],
  },
]

const ARROWS: Readonly<Record<string, string>> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  Delete: 'Del',
  PageUp: 'Page Up',
  PageDown: 'Page Down',
}

/** "Mod+Shift+g" as the keys to press: ["Ctrl", "Shift", "G"], or ["⌘", "Shift", "G"] on a Mac. */
export const keyCaps = (combo: string, mac: boolean): string[] =>
  combo
    .split(/\+(?!$)/)
    .map((k) =>
      k === 'Mod'
        ? mac
          ? '⌘'
          : 'Ctrl'
        : k === 'Alt' && mac
          ? '⌥'
          : (ARROWS[k] ?? (k.length === 1 ? k.toUpperCase() : k)),
    )
