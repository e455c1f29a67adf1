import type { Prop, Scene } from '../domain/scene/types'

/**
 * The scene as JSON text, exactly as JSON.stringify(scene) writes it, built from each prop's text kept from
 * the last save: the document keeps unchanged props as the same objects, so a save after an edit writes one
 * prop anew and reuses the rest. A save of 5,000 props then costs a millisecond or two, not a whole
 * stringify, on the main thread.
 */
const propTexts = new WeakMap<Prop, string>()
/** Stands in for the props array while the rest of the scene is written; no scene field can hold it. */
const HOLE = `\u0000props:${Math.random()}\u0000`
const HOLE_JSON = JSON.stringify(HOLE)

/** One prop's JSON text, written once per prop object. */
export function propText(prop: Prop): string {
  let text = propTexts.get(prop)
  if (text === undefined) propTexts.set(prop, (text = JSON.stringify(prop)))
  return text
}

/** The scene's text either side of its props array: `${before}[${props}]${after}` is the whole scene. */
export function sceneShell(scene: Scene): { before: string; after: string } {
  const rest = JSON.stringify({ ...scene, props: HOLE })
  const at = rest.indexOf(HOLE_JSON)
  return { before: rest.slice(0, at), after: rest.slice(at + HOLE_JSON.length) }
}

export function sceneText(scene: Scene): string {
  const { before, after } = sceneShell(scene)
  return `${before}[${scene.props.map(propText).join(',')}]${after}`
}

/** Props written per idle slice when warming up. */
const SLICE = 500

/**
 * Writes the props' texts ahead, in idle time, so that even the first save after opening a big scene is a
 * join, then calls `done` (in idle time too). Stops early once `wanted()` says the scene is no longer open.
 */
export function warmSceneText(scene: Scene, wanted: () => boolean, done?: () => void): void {
  let next = 0
  const step = (deadline?: IdleDeadline) => {
    if (!wanted()) return
    do {
      for (const end = Math.min(scene.props.length, next + SLICE); next < end; next++)
        propText(scene.props[next] as Prop)
    } while (next < scene.props.length && deadline && deadline.timeRemaining() > 2)
    if (next < scene.props.length) later(step)
    else if (done) later(() => wanted() && done())
  }
  later(step)
}

const later = (fn: (deadline?: IdleDeadline) => void) => {
  if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout: 10_000 })
  else setTimeout(fn, 50)
}
