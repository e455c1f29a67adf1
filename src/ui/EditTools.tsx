import { useId, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { measureStore } from '../store/measureStore'
import { toolStore } from '../store/toolStore'
import { useEditor, useEditorStore } from '../store/useEditor'
import { helpState, setHelpOpen } from './helpState'
import HelpOverlay from './HelpOverlay'
import { isMac } from './shortcuts'
import { SnapSettings } from './SnapSettings'
import { ViewsPanel } from './ViewsPanel'
import './arrange.css'

const mod = isMac() ? '⌘' : 'Ctrl+'
const modKey = isMac() ? 'Meta' : 'Control'

/** The Views button and its menu below it; Escape in the menu closes it and comes back to the button. */
function ViewsMenu() {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const button = useRef<HTMLButtonElement>(null)
  return (
    <span
      className="views-menu"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open || e.defaultPrevented) return
        e.preventDefault()
        setOpen(false)
        button.current?.focus()
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        Views
      </button>
      {open && <ViewsPanel id={panelId} />}
    </span>
  )
}

/** What the gizmo on the selection does (W moves, E turns), and the box selection tool (or Shift+drag). */
function GizmoTools() {
  const mode = useStore(toolStore, (t) => t.gizmoMode)
  const boxSelect = useStore(toolStore, (t) => t.boxSelect)
  const tools = toolStore.getState()
  return (
    <div className="toolbar-buttons" role="toolbar" aria-label="Gizmo">
      <button
        type="button"
        aria-label="Move gizmo"
        aria-pressed={mode === 'move'}
        title="Drag the selection with arrows (W)"
        aria-keyshortcuts="W"
        onClick={() => tools.setGizmoMode('move')}
      >
        Move
      </button>
      <button
        type="button"
        aria-label="Turn gizmo"
        aria-pressed={mode === 'turn'}
        title="Turn the selection about the vertical with a ring (E)"
        aria-keyshortcuts="E"
        onClick={() => tools.setGizmoMode('turn')}
      >
        Turn
      </button>
      <button
        type="button"
        aria-pressed={boxSelect}
        title="Drag a box in the 3D view to select the props in it (or Shift+drag at any time)"
        onClick={() => tools.setBoxSelect(!boxSelect)}
      >
        Box select
      </button>
    </div>
  )
}

/**
 * The toolbar's modelling tools, loaded just after the first frame: duplicate and group, snapping, views,
 * the measuring tape and the keyboard help. Each does what a key does too (see the help, "?").
 */
export default function EditTools() {
  const store = useEditorStore()
  const count = useEditor((s) => s.selection.length)
  const grouped = useEditor((s) => s.scene.props.some((p) => p.groupId && s.selection.includes(p.id)))
  const measuring = useStore(measureStore, (m) => m.active)
  const helpOpen = useStore(helpState, (h) => h.open)
  const edit = store.getState()
  return (
    <>
      <div className="toolbar-buttons" role="toolbar" aria-label="Arrange">
        <button
          type="button"
          disabled={count === 0}
          title={`Duplicate (${mod}D)`}
          aria-keyshortcuts={`${modKey}+D`}
          onClick={() => edit.duplicateSelection()}
        >
          Duplicate
        </button>
        <button
          type="button"
          disabled={count < 2}
          title={`Group (${mod}G)`}
          aria-keyshortcuts={`${modKey}+G`}
          onClick={() => edit.groupSelection()}
        >
          Group
        </button>
        <button
          type="button"
          disabled={!grouped}
          title={`Ungroup (${mod}Shift+G)`}
          aria-keyshortcuts={`${modKey}+Shift+G`}
          onClick={() => edit.ungroupSelection()}
        >
          Ungroup
        </button>
      </div>
      <GizmoTools />
      <SnapSettings />
      <div className="toolbar-buttons" role="toolbar" aria-label="Camera and tools">
        <ViewsMenu />
        <button
          type="button"
          aria-pressed={measuring}
          title="Measure between two points (M)"
          aria-keyshortcuts="M"
          onClick={() => measureStore.getState().toggle()}
        >
          Measure
        </button>
        <button
          type="button"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          aria-keyshortcuts="?"
          onClick={() => setHelpOpen(true)}
        >
          ?
        </button>
      </div>
      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
    </>
  )
}
