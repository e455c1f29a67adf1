/** Saves a file through the browser's download, the one way out that needs no permission. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export const downloadText = (filename: string, text: string, type = 'application/json'): void =>
  downloadBlob(filename, new Blob([text], { type }))

export const downloadBytes = (filename: string, bytes: Uint8Array, type: string): void =>
  downloadBlob(filename, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }))

/** "Rusty workshop corner" -> "rusty-workshop-corner": a file name any system accepts. */
export const slugOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'diorama'

/** "Rusty workshop corner" -> "rusty-workshop-corner.diorama.json" */
export const sceneFileName = (name: string): string => `${slugOf(name)}.diorama.json`
