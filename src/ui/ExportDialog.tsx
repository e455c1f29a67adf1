import { useId, useState } from 'react'
import { useEditor, useEditorStore } from '../store/useEditor'
import { downloadBlob, slugOf } from './download'
import { useModalDialog } from './useModalDialog'

type Job = 'glb-scene' | 'glb-selection' | 'stl'

/**
 * Takes the scene further: a GLB for other 3D programs (true size, metres) and an STL for a slicer
 * (millimetres, closed shells). The exporters load only when a file is asked for.
 */
export function ExportDialog({ onClose }: { readonly onClose: () => void }) {
  const titleId = useId()
  const dialog = useModalDialog<HTMLDivElement>(onClose)
  const store = useEditorStore()
  const selected = useEditor((s) => s.selection.length)
  const [busy, setBusy] = useState<Job | null>(null)
  const [problem, setProblem] = useState<string>()

  const run = async (job: Job) => {
    const { scene, selection } = store.getState()
    const ids = job === 'glb-scene' || selection.length === 0 ? undefined : selection
    const name = `${slugOf(scene.name)}${ids ? '-selection' : ''}`
    setBusy(job)
    setProblem(undefined)
    try {
      if (job === 'stl') {
        const { exportStl } = await import('../export/exportStl')
        downloadBlob(`${name}.stl`, new Blob([exportStl(scene, ids)], { type: 'model/stl' }))
      } else {
        const { exportGlb } = await import('../export/exportGlb')
        downloadBlob(`${name}.glb`, new Blob([await exportGlb(scene, ids)], { type: 'model/gltf-binary' }))
      }
    } catch (e) {
      setProblem(`The export failed: ${(e as Error).message}. Your scene is unchanged.`)
    } finally {
      setBusy(null)
    }
  }

  return (
    <div className="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="dialog export-dialog"
      >
        <h2 id={titleId}>Export</h2>
        <h3>3D model (GLB)</h3>
        <p className="hint">
          At true size in metres, with materials, for Blender, a web viewer or another editor.
        </p>
        <div className="dialog-actions">
          <button type="button" disabled={busy !== null} onClick={() => void run('glb-scene')}>
            GLB of the whole scene
          </button>
          <button
            type="button"
            disabled={busy !== null || selected === 0}
            onClick={() => void run('glb-selection')}
          >
            GLB of the selection
          </button>
        </div>
        <h3>3D printing (STL)</h3>
        <p className="hint">
          In millimetres, every piece a closed shell, ready for a slicer.{' '}
          {selected > 0 ? `The ${selected} selected props.` : 'Nothing is selected: the whole scene.'}
        </p>
        <div className="dialog-actions">
          <button type="button" disabled={busy !== null} onClick={() => void run('stl')}>
            STL for printing
          </button>
        </div>
        {busy && <p role="status">Exporting…</p>}
        {problem && (
          <p role="alert" className="field-problem">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  )
}
