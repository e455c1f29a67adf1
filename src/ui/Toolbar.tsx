import { lazy, Suspense, useRef, useState } from 'react'
import { createScene } from '../domain/scene/createScene'
import { canRedo, canUndo, redoLabel, undoLabel } from '../store/selectors'
import { useLibrary } from '../store/library'
import { photoStore } from '../store/photoStore'
import { useEditor, useEditorStore } from '../store/useEditor'
import { downloadText, sceneFileName } from './download'
import { EditToolsSlot } from './EditToolsSlot'
import { ScalePicker } from './ScalePicker'
import { isMac } from './shortcuts'
import { ViewOptions } from './ViewOptions'

const mod = isMac() ? '⌘' : 'Ctrl+'
// The scene list loads when first opened.
const MyDioramas = lazy(() => import('./MyDioramas').then((m) => ({ default: m.MyDioramas })))
const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })))
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })))
const ReferenceDialog = lazy(() => import('./ReferenceDialog').then((m) => ({ default: m.ReferenceDialog })))

/** Undo, redo, delete and files: the commands a maker reaches for between placing props. */
export function Toolbar() {
  const store = useEditorStore()
  const library = useLibrary()
  const [listOpen, setListOpen] = useState(false)
  const [shareOpen, setShareOpen] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)
  const [referenceOpen, setReferenceOpen] = useState(false)
  const undoable = useEditor(canUndo)
  const redoable = useEditor(canRedo)
  const nextUndo = useEditor(undoLabel)
  const nextRedo = useEditor(redoLabel)
  const hasSelection = useEditor((s) => s.selection.length > 0)
  const cutListOpen = useEditor((s) => s.cutListOpen)
  const name = useEditor((s) => s.scene.name)
  const scale = useEditor((s) => s.scene.scale)
  const base = useEditor((s) => s.scene.base)
  const fileInput = useRef<HTMLInputElement>(null)

  const openFile = async (file: File) => {
    const { readSceneFile } = await import('./readSceneFile')
    const read = await readSceneFile(file)
    if (read.ok) return library.add(read.scene)
    store.getState().notify({ level: 'error', text: read.text, details: read.details })
  }

  return (
    <header className="toolbar">
      <h1>Diorama Builder</h1>
      <p className="scene-title">
        <span className="scene-name">{name}</span>
        <ScalePicker />
        <span className="scene-base">
          Base {base.widthMm} × {base.depthMm} × {base.thicknessMm} mm
        </span>
      </p>
      <ViewOptions />
      <div className="toolbar-buttons" role="toolbar" aria-label="Edit">
        <button
          type="button"
          onClick={() => store.getState().undo()}
          disabled={!undoable}
          title={`Undo ${nextUndo ?? ''} (${mod}Z)`}
        >
          Undo
        </button>
        <button
          type="button"
          onClick={() => store.getState().redo()}
          disabled={!redoable}
          title={`Redo ${nextRedo ?? ''} (${mod}Shift+Z)`}
        >
          Redo
        </button>
        <button
          type="button"
          onClick={() => store.getState().deleteSelection()}
          disabled={!hasSelection}
          title="Delete (Del)"
        >
          Delete
        </button>
        <button
          type="button"
          onClick={() => void library.add(createScene({ scale, base }))}
          title="Start an empty scene on the same base and scale; this one stays in My dioramas"
        >
          New
        </button>
        <button type="button" onClick={() => setListOpen(true)}>
          My dioramas
        </button>
        <button type="button" onClick={() => setShareOpen(true)}>
          Share…
        </button>
        <button
          type="button"
          aria-pressed={cutListOpen}
          onClick={() => store.getState().setCutListOpen(!cutListOpen)}
          title="Parts, cutting diagrams, shopping list and templates"
        >
          Cut list
        </button>
        <button type="button" onClick={() => setExportOpen(true)}>
          Export…
        </button>
        <button
          type="button"
          onClick={() => photoStore.getState().setOpen(true)}
          title="Hide the editor, light the scene and save pictures"
        >
          Photo mode
        </button>
        <button
          type="button"
          onClick={() => setReferenceOpen(true)}
          title="Build over a photo of the real place"
        >
          Reference photo…
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open file…
        </button>
        <button
          type="button"
          onClick={() => downloadText(sceneFileName(name), JSON.stringify(store.getState().scene, null, 2))}
        >
          Save file
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.diorama.json,application/json"
          hidden
          aria-label="Scene file to open"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void openFile(file)
          }}
        />
      </div>
      <EditToolsSlot />
      {referenceOpen && (
        <Suspense fallback={null}>
          <ReferenceDialog onClose={() => setReferenceOpen(false)} />
        </Suspense>
      )}
      {exportOpen && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setExportOpen(false)} />
        </Suspense>
      )}
      {shareOpen && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setShareOpen(false)} />
        </Suspense>
      )}
      {listOpen && (
        <Suspense fallback={null}>
          <MyDioramas onClose={() => setListOpen(false)} />
        </Suspense>
      )}
    </header>
  )
}
