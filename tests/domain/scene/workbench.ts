import { makeProp, type NewProp } from '../../../src/domain/scene/addProp'
import { createScene } from '../../../src/domain/scene/createScene'
import { findProp } from '../../../src/domain/scene/editProps'
import type { Prop, PropGroup, Scene } from '../../../src/domain/scene/types'

/**
 * Scenes for the editing operations: props of catalog families with the ids the test names, on the default
 * 300 x 200 mm base (reach x ±300, z ±200, y -12 to 600). Sizes used below, model mm (x, height, z):
 * crate 24 x 14 x 16, pallet 34.3 x 4 x 22.9, plank floor 120 x 1.5 x 80, drum 16.3 x 24.3 x 16.3,
 * table 43 x 21.4 x 23.
 */
export type Spec = NewProp & { readonly id: string; readonly extra?: Partial<Prop> }

export const crate = (id: string, x: number, z = 0, extra: Partial<Prop> = {}): Spec => ({
  id,
  kind: 'balsa.crate',
  position: { x, y: 0, z },
  extra,
})

export function workbench(specs: readonly Spec[], groups: readonly PropGroup[] = []): Scene {
  const props = specs.map(({ id, extra, ...spec }, i) => ({
    ...makeProp({ seed: i + 1, ...spec }),
    id,
    ...extra,
  }))
  return { ...createScene({ now: new Date('2026-11-01T00:00:00Z') }), props, groups }
}

export function prop(scene: Scene, id: string): Prop {
  const found = findProp(scene, id)
  if (!found) throw new Error(`no prop ${id}`)
  return found
}

export const xs = (scene: Scene, ...ids: string[]): number[] => ids.map((id) => prop(scene, id).position.x)
export const ys = (scene: Scene, ...ids: string[]): number[] => ids.map((id) => prop(scene, id).position.y)
