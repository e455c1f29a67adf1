import { demoScene } from '../../src/domain/scene/demoScene'

type Key = string | number
type Container = Record<Key, unknown>

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null

/** The demo scene as plain JSON data, the shape untrusted input arrives in. */
export const rawDemo = (): Container => JSON.parse(JSON.stringify(demoScene())) as Container

function parentOf(root: Container, path: readonly Key[]): { parent: Container; key: Key } {
  let node: unknown = root
  for (const key of path.slice(0, -1)) {
    if (!isContainer(node)) throw new Error(`no container at ${String(key)}`)
    node = node[key]
  }
  const key = path[path.length - 1]
  if (!isContainer(node) || key === undefined) throw new Error(`bad path ${path.join('.')}`)
  return { parent: node, key }
}

/** The demo scene with one value replaced (or added) at `path`, e.g. ['props', 3, 'position', 'x']. */
export function demoWith(path: readonly Key[], value: unknown): Container {
  const root = rawDemo()
  const { parent, key } = parentOf(root, path)
  parent[key] = value
  return root
}

/** The demo scene with the field at `path` removed. */
export function demoWithout(path: readonly Key[]): Container {
  const root = rawDemo()
  const { parent, key } = parentOf(root, path)
  delete parent[key]
  return root
}
