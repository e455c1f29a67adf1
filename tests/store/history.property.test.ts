import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FAMILIES } from '../../src/domain/catalog/index'
import { demoScene } from '../../src/domain/scene/demoScene'
import { vec3 } from '../../src/domain/units/vec'
import { createEditorStore, type EditorStore } from '../../src/store/editorStore'

/** One user action; props are picked by index into whatever the scene holds when the action runs. */
type Action =
  | { readonly op: 'add'; readonly kind: string }
  | { readonly op: 'move'; readonly pick: number; readonly x: number; readonly z: number }
  | { readonly op: 'delete'; readonly picks: readonly number[] }
  | { readonly op: 'rename'; readonly pick: number; readonly name: string }

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ op: fc.constant('add' as const), kind: fc.constantFrom(...FAMILIES.map((f) => f.kind)) }),
  fc.record({
    op: fc.constant('move' as const),
    pick: fc.nat(),
    x: fc.integer({ min: -150, max: 150 }),
    z: fc.integer({ min: -100, max: 100 }),
  }),
  fc.record({
    op: fc.constant('delete' as const),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ op: fc.constant('rename' as const), pick: fc.nat(), name: fc.string({ maxLength: 12 }) }),
)

function run(store: EditorStore, action: Action): void {
  const s = store.getState()
  const props = s.scene.props
  const at = (pick: number) => props[pick % Math.max(1, props.length)]?.id
  switch (action.op) {
    case 'add':
      s.addPropOfKind(action.kind)
      return
    case 'move': {
      const id = at(action.pick)
      if (id) s.moveProp(id, vec3(action.x, 0, action.z))
      return
    }
    case 'delete':
      s.select(action.picks.map(at).filter((id) => id !== undefined))
      store.getState().deleteSelection()
      return
    case 'rename': {
      const id = at(action.pick)
      if (id) s.rename(id, action.name)
    }
  }
}

describe('history (property)', () => {
  it('undoing every step returns the initial scene; redoing them all returns the final one', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (actions) => {
        const initial = demoScene()
        const store = createEditorStore(initial)
        let changes = 0
        for (const action of actions) {
          const before = store.getState().scene
          run(store, action)
          if (store.getState().scene !== before) changes++
        }
        const final = store.getState().scene
        // Every change is exactly one step, and a no-op is none.
        expect(store.getState().history.past).toHaveLength(changes)

        for (let i = 0; i < changes; i++) store.getState().undo()
        expect(store.getState().scene).toEqual(initial)
        expect(store.getState().history.past).toHaveLength(0)

        for (let i = 0; i < changes; i++) store.getState().redo()
        expect(store.getState().scene).toEqual(final)
        expect(store.getState().history.future).toHaveLength(0)
      }),
      { numRuns: 200 },
    )
  })
})
