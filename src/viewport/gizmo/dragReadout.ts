/**
 * The line under the 3D view while a gizmo drag lasts: what is moving, its size and how far it went. Plain
 * DOM written on each move, so the drag still costs no React render.
 */
export interface DragReadout {
  show(text: string): void
  remove(): void
}

export function dragReadout(host: HTMLElement): DragReadout {
  const line = document.createElement('output')
  line.className = 'drag-readout'
  line.setAttribute('aria-label', 'Dragging')
  host.appendChild(line)
  return {
    show: (text) => {
      if (line.textContent !== text) line.textContent = text
    },
    remove: () => line.remove(),
  }
}
