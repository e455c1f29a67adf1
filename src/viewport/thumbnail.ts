/** Set by <ThumbnailCamera/> inside the canvas; the app asks for a picture of the view when it saves. */
let capture: (() => Promise<string | undefined>) | null = null

export const setThumbnailCapture = (fn: (() => Promise<string | undefined>) | null) => {
  capture = fn
}

/** A small JPEG data: URL of the current view, or undefined when no canvas is up (or it failed). */
export const captureThumbnail = (): Promise<string | undefined> => capture?.() ?? Promise.resolve(undefined)
