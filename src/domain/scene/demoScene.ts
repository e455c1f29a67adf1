import { DEFAULT_SCALE } from '../units/scale'
import { vec3 } from '../units/vec'
import { makeProp, type NewProp } from './addProp'
import { DEFAULT_BASE, SCENE_FORMAT_TAG, SCENE_FORMAT_VERSION, type Prop, type Scene } from './types'

const at = (x: number, y: number, z: number) => vec3(x, y, z)
const turn = (y: number, x = 0, z = 0) => vec3(x, y, z)

/** Fixed ids and seeds: the demo looks the same on every screen and in every test. */
function demo(id: string, spec: NewProp & { seed: number }): Prop {
  return { ...makeProp(spec), id }
}

/**
 * A rusty workshop corner at 1:35: a plank floor under a lean-to of corrugated iron, drums, crates, a girder
 * and rubble. What a newcomer sees first, so it should look like a build worth making.
 */
export function demoScene(): Scene {
  const when = '2026-11-01T12:00:00.000Z'
  const props: Prop[] = [
    demo('demo-floor', {
      kind: 'balsa.plank-floor',
      name: 'Workshop floor',
      position: at(-60, 0, -35),
      params: { lengthMm: 150, widthMm: 110 },
      seed: 11,
    }),
    demo('demo-wall-1', {
      kind: 'rust.corrugated-sheet',
      name: 'Back wall, left',
      position: at(-95, 35, -95),
      // Stood up with the corrugations running down the wall, as on a real shed: ridges along y.
      rotation: turn(90, 0, 90),
      params: { lengthMm: 70, widthMm: 80 },
      seed: 21,
      rust: 0.8,
    }),
    demo('demo-wall-2', {
      kind: 'rust.corrugated-sheet',
      name: 'Back wall, right',
      position: at(-18, 35, -95),
      rotation: turn(90, 0, 90),
      params: { lengthMm: 70, widthMm: 75 },
      seed: 22,
      rust: 0.5,
    }),
    demo('demo-post-1', {
      kind: 'balsa.post',
      name: 'Corner post',
      position: at(20, 0, -92),
      params: { heightMm: 72, diameterMm: 4 },
      seed: 31,
    }),
    demo('demo-drum-1', {
      kind: 'rust.oil-drum',
      name: 'Drum',
      position: at(70, 0, -60),
      seed: 41,
      rust: 0.9,
    }),
    demo('demo-drum-2', {
      kind: 'rust.oil-drum',
      name: 'Drum',
      position: at(90, 0, -55),
      seed: 42,
      rust: 0.4,
    }),
    demo('demo-drum-3', {
      kind: 'rust.oil-drum',
      name: 'Drum',
      position: at(80, 0, -38),
      seed: 43,
      rust: 0.7,
    }),
    demo('demo-drum-4', {
      kind: 'rust.oil-drum',
      name: 'Fallen drum',
      position: at(110, 8.15, 10),
      rotation: turn(30, 0, 90),
      seed: 44,
      rust: 1,
    }),
    demo('demo-crate-1', {
      kind: 'balsa.crate',
      name: 'Crate',
      position: at(-100, 1.5, -10),
      rotation: turn(8),
      seed: 51,
    }),
    demo('demo-crate-2', {
      kind: 'balsa.crate',
      name: 'Crate on crate',
      position: at(-98, 15.5, -11),
      rotation: turn(-6),
      params: { lengthMm: 20, depthMm: 14, heightMm: 12 },
      seed: 52,
    }),
    demo('demo-girder', {
      kind: 'rust.i-beam',
      name: 'Girder',
      position: at(40, 0, 55),
      rotation: turn(-20),
      params: { lengthMm: 120 },
      seed: 61,
      rust: 0.85,
    }),
    demo('demo-pipe', {
      kind: 'rust.pipe',
      name: 'Drain pipe',
      position: at(-20, 1.5, 20),
      rotation: turn(75),
      params: { lengthMm: 70, diameterMm: 5 },
      seed: 71,
      rust: 0.75,
    }),
    demo('demo-timber-1', {
      kind: 'balsa.strip',
      name: 'Timber',
      position: at(-40, 1.5, 45),
      rotation: turn(5),
      params: { lengthMm: 90, widthMm: 6, thicknessMm: 4 },
      seed: 81,
    }),
    demo('demo-timber-2', {
      kind: 'balsa.strip',
      name: 'Timber',
      position: at(-38, 5.5, 47),
      rotation: turn(2),
      params: { lengthMm: 85, widthMm: 6, thicknessMm: 4 },
      seed: 82,
    }),
    demo('demo-rock-1', { kind: 'foil.crumpled-rock', name: 'Rubble', position: at(115, 0, 70), seed: 91 }),
    demo('demo-rock-2', {
      kind: 'foil.crumpled-rock',
      name: 'Rubble',
      position: at(85, 0, 80),
      params: { widthMm: 24, depthMm: 20, heightMm: 10, crumple: 0.8 },
      seed: 92,
    }),
  ]
  return {
    format: SCENE_FORMAT_TAG,
    version: SCENE_FORMAT_VERSION,
    id: 'demo-workshop',
    name: 'Rusty workshop corner',
    createdAt: when,
    updatedAt: when,
    scale: DEFAULT_SCALE,
    base: DEFAULT_BASE,
    props,
    groups: [],
    bookmarks: [],
  }
}
