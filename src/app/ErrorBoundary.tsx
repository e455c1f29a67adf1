import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react'
import { EditorContext } from '../store/useEditor'
import { downloadText, sceneFileName } from '../ui/download'
import { TestCrash } from './TestCrash'
import './recovery.css'

interface Props {
  readonly label: string
  readonly children: ReactNode
}

/**
 * Keeps a failing part (the 3D view, a panel, the whole editor) from taking the user's scene with it. The
 * scene lives in the store, not in the failed components: it stays open, autosave goes on, and the recovery
 * screen offers it as a file and a reload (which opens the autosaved scene).
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  static contextType = EditorContext
  declare context: ContextType<typeof EditorContext>
  state = { error: null as Error | null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.label} failed`, error, info.componentStack)
  }

  private download = () => {
    const scene = this.context?.getState().scene
    if (scene) downloadText(sceneFileName(scene.name), JSON.stringify(scene, null, 2))
  }

  render() {
    const { label, children } = this.props
    if (!this.state.error)
      return (
        <>
          {import.meta.env.MODE === 'test' && <TestCrash label={label} />}
          {children}
        </>
      )
    return (
      <div className="crashed" role="alert">
        <p>
          The {label} stopped working ({this.state.error.message}). Your scene is not lost: download it, or
          reload to carry on where you were.
        </p>
        <div className="crashed-actions">
          {this.context && (
            <button type="button" onClick={this.download}>
              Download my scene
            </button>
          )}
          <button type="button" onClick={() => location.reload()}>
            Reload
          </button>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      </div>
    )
  }
}
