const loads = new WeakMap<() => Promise<unknown>, Promise<unknown>>()

/**
 * The promise of a loader, made once per loader: React's `use` needs the same promise on every render, and
 * a library or workshop should load only once per page.
 */
export function loadOnce<T>(loader: () => Promise<T>): Promise<T> {
  let promise = loads.get(loader) as Promise<T> | undefined
  if (!promise) loads.set(loader, (promise = loader()))
  return promise
}
