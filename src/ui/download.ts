/** Saves text as a file through the browser's download, the one way out that needs no permission. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** "Rusty workshop corner" -> "rusty-workshop-corner.diorama.json" */
export function sceneFileName(name: string): string {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'diorama'
  return `${slug}.diorama.json`
}
