import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  readonly label: string
  readonly children: ReactNode
}

/** Keeps a failing part (the 3D view, a panel) from taking the whole editor and the user's scene with it. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.label} failed`, error, info.componentStack)
  }

  render() {
    if (!this.state.error) return this.props.children
    return (
      <div className="crashed" role="alert">
        <p>
          The {this.props.label} stopped working: {this.state.error.message}. Your scene is safe and still
          saved.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    )
  }
}
