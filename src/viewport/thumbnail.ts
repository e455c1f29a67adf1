/** Set by <ThumbnailCamera/> inside the canvas; the app asks for a picture of the view when it saves. */
let capture: (() => string | undefined) | null = null

export const setThumbnailCapture = (fn: (() => string | undefined) | null) => {
  capture = fn
}

/** A small JPEG data: URL of the current view, or undefined when no canvas is up. */
export const captureThumbnail = (): string | undefined => capture?.()
