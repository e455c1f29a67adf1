import type { WorkshopStore } from '../store/workshopStore'

const KEY = 'diorama-workshop'
const DAMAGED_KEY = 'diorama-workshop-damaged'

let loading: Promise<WorkshopStore> | undefined

/**
 * The workshop store, created once, on first use: read from localStorage (small, and a preference of this
 * browser), checked, and saved again on every change. Damaged data is set aside under another key, not lost.
 */
export function loadWorkshopStore(): Promise<WorkshopStore> {
  loading ??= create()
  return loading
}

async function create(): Promise<WorkshopStore> {
  const [{ createWorkshopStore }, { readWorkshop, toRecord }] = await Promise.all([
    import('../store/workshopStore'),
    import('../domain/cutlist/workshopRecord'),
  ])
  let text: string | null = null
  let raw: unknown
  let problem: string | undefined
  try {
    text = localStorage.getItem(KEY)
    raw = text === null ? undefined : JSON.parse(text)
  } catch (e) {
    problem = (e as Error).message
  }
  const read = problem === undefined ? readWorkshop(raw) : undefined
  const store = createWorkshopStore(read?.workshop)
  problem ??= read?.problem
  if (problem !== undefined) {
    setAside(text)
    store
      .getState()
      .setProblem(`Your saved workshop settings could not be read (${problem}); the defaults are in use.`)
  }
  store.subscribe((state, previous) => {
    if (state.workshop === previous.workshop) return
    try {
      localStorage.setItem(KEY, JSON.stringify(toRecord(state.workshop)))
      if (state.problem !== undefined) state.setProblem(undefined)
    } catch {
      state.setProblem(
        'Your workshop settings could not be saved (storage is full or blocked); they last until this tab closes.',
      )
    }
  })
  return store
}

function setAside(text: string | null): void {
  if (text === null) return
  try {
    localStorage.setItem(DAMAGED_KEY, text)
  } catch {
    // Nothing more to do: the damaged copy stays under its own key until the next save replaces it.
  }
}
