import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FAMILIES } from '../../../src/domain/catalog/index'
import { addProp, findFreeSpot, makeProp, nextSeed } from '../../../src/domain/scene/addProp'
import { createScene } from '../../../src/domain/scene/createScene'
import { demoScene } from '../../../src/domain/scene/demoScene'
import { footprintHalf } from '../../../src/domain/scene/propGeometry'
import type { Prop, Scene } from '../../../src/domain/scene/types'
import { vec3 } from '../../../src/domain/units/vec'

/** How far two props' footprints overlap on the base (0 when they only touch or are apart). */
function overlapMm(a: Prop, b: Prop): number {
  const ha = footprintHalf(a)
  const hb = footprintHalf(b)
  const ox = ha.x + hb.x - Math.abs(a.position.x - b.position.x)
  const oz = ha.z + hb.z - Math.abs(a.position.z - b.position.z)
  return Math.max(0, Math.min(ox, oz))
}

/** Places a new prop of `kind` where findFreeSpot says and adds it. */
function place(scene: Scene, kind: string, rotationY = 0): { scene: Scene; prop: Prop } {
  const draft = makeProp({ kind, rotation: vec3(0, rotationY, 0) })
  const prop = { ...draft, position: findFreeSpot(scene, draft) }
  return { scene: addProp(scene, prop), prop }
}

const insideBase = (scene: Scene, p: Prop): boolean => {
  const h = footprintHalf(p)
  const eps = 1e-9
  return (
    Math.abs(p.position.x) + h.x <= scene.base.widthMm / 2 + eps &&
    Math.abs(p.position.z) + h.z <= scene.base.depthMm / 2 + eps
  )
}

describe('makeProp', () => {
  it('makes a prop of a family with its defaults and a fresh id', () => {
    const a = makeProp({ kind: 'rust.oil-drum', seed: 7 })
    const b = makeProp({ kind: 'rust.oil-drum', seed: 7 })
    expect(a.id).toMatch(/^p-[a-z0-9]{8}$/)
    expect(a.id).not.toBe(b.id)
    expect(a).toMatchObject({
      kind: 'rust.oil-drum',
      params: { diameterMm: 16.3, heightMm: 24.3 },
      position: { x: 0, y: 0, z: 0 },
      rotation: { x: 0, y: 0, z: 0 },
      material: { seed: 7, rust: 0.6 },
    })
    expect(a).not.toHaveProperty('name')
  })

  it('gives balsa a grain and metal some rust, and nothing else either', () => {
    expect(makeProp({ kind: 'balsa.strip', seed: 1 }).material).toEqual({ seed: 1, grain: 'length' })
    expect(makeProp({ kind: 'foil.crumpled-rock', seed: 1 }).material).toEqual({ seed: 1 })
    expect(makeProp({ kind: 'rust.pipe', seed: 1, rust: 0.2 }).material).toEqual({ seed: 1, rust: 0.2 })
  })

  it('overrides only the parameters asked for', () => {
    const p = makeProp({ kind: 'balsa.strip', params: { lengthMm: 40 }, name: 'Lintel' })
    expect(p.params).toEqual({ lengthMm: 40, widthMm: 6, thicknessMm: 3 })
    expect(p.name).toBe('Lintel')
  })

  it('draws a valid seed when none is given', () => {
    const { seed } = makeProp({ kind: 'balsa.post' }).material
    expect(Number.isInteger(seed) && seed >= 0 && seed <= 0x7fffffff).toBe(true)
  })

  it('throws on an unknown kind: only code can ask for one', () => {
    expect(() => makeProp({ kind: 'balsa.chair' })).toThrow('unknown prop kind "balsa.chair"')
  })
})

describe('addProp', () => {
  it('appends the prop and leaves the scene it was given alone', () => {
    const scene = demoScene()
    const prop = makeProp({ kind: 'balsa.post' })
    const next = addProp(scene, prop)
    expect(next.props).toHaveLength(scene.props.length + 1)
    expect(next.props[next.props.length - 1]).toBe(prop)
    expect(scene.props).toHaveLength(16)
    next.props.slice(0, -1).forEach((p, i) => expect(p).toBe(scene.props[i]))
  })
})

describe('findFreeSpot', () => {
  it('uses the centre of an empty base', () => {
    const scene = createScene()
    expect(findFreeSpot(scene, makeProp({ kind: 'rust.oil-drum' }))).toEqual({ x: 0, y: 0, z: 0 })
  })

  it('moves off the centre when it is taken, to the nearest free lattice point', () => {
    const first = place(createScene(), 'rust.oil-drum')
    const second = place(first.scene, 'rust.oil-drum')
    expect(overlapMm(first.prop, second.prop)).toBe(0)
    // 16.3 mm drums: the first free point on the 5 mm lattice is 20 mm from the centre.
    expect(Math.max(Math.abs(second.prop.position.x), Math.abs(second.prop.position.z))).toBe(20)
  })

  it('finds room in the demo scene for every family but a whole new floor, without overlap', () => {
    const scene = demoScene()
    for (const family of FAMILIES) {
      const { prop } = place(scene, family.kind)
      if (family.kind === 'balsa.plank-floor') {
        // 120 x 80 mm does not fit between the demo props: the centre is the fallback.
        expect(prop.position).toEqual({ x: 0, y: 0, z: 0 })
        continue
      }
      for (const other of scene.props) expect(overlapMm(prop, other), `${family.kind} vs ${other.id}`).toBe(0)
      expect(insideBase(scene, prop)).toBe(true)
    }
  })

  it('keeps placing drums without overlap until the base is full, then uses the centre', () => {
    let scene = createScene({ base: { widthMm: 60, depthMm: 60, thicknessMm: 5 } })
    const placed: Prop[] = []
    for (let i = 0; i < 12; i++) {
      const next = place(scene, 'rust.oil-drum')
      scene = next.scene
      placed.push(next.prop)
    }
    const free = placed.filter((p) => !(p.position.x === 0 && p.position.z === 0)).length + 1
    // A 60 mm base takes 3 x 3 drums of 16.3 mm on a 5 mm lattice (at -20, 0 and 20).
    expect(free).toBe(9)
    for (let i = 0; i < free; i++)
      for (let j = 0; j < i; j++) expect(overlapMm(placed[i] as Prop, placed[j] as Prop)).toBe(0)
    expect(placed.slice(free).every((p) => p.position.x === 0 && p.position.z === 0)).toBe(true)
  })

  it('counts the turn of the new prop in its footprint', () => {
    // A 100 mm strip turned a quarter fits a 20 mm wide, 120 mm deep base; unturned it cannot.
    const scene = createScene({ base: { widthMm: 20, depthMm: 120, thicknessMm: 5 } })
    const turned = makeProp({ kind: 'balsa.strip', rotation: vec3(0, 90, 0) })
    const blocker = {
      ...makeProp({ kind: 'balsa.post', params: { diameterMm: 3 } }),
      position: vec3(0, 0, 0),
    }
    const spot = findFreeSpot(addProp(scene, blocker), turned)
    expect(overlapMm({ ...turned, position: spot }, blocker)).toBe(0)
    expect(spot).not.toEqual({ x: 0, y: 0, z: 0 })
  })

  it('finds a free spot among random props whenever it leaves the centre', () => {
    const kinds = FAMILIES.map((f) => f.kind)
    const propArb = fc.record({
      kind: fc.constantFrom(...kinds),
      x: fc.integer({ min: -140, max: 140 }),
      z: fc.integer({ min: -90, max: 90 }),
      turn: fc.integer({ min: -180, max: 180 }),
    })
    fc.assert(
      fc.property(fc.array(propArb, { maxLength: 12 }), fc.constantFrom(...kinds), (specs, kind) => {
        const props = specs.map((s) =>
          makeProp({ kind: s.kind, position: vec3(s.x, 0, s.z), rotation: vec3(0, s.turn, 0), seed: 1 }),
        )
        const scene = createScene({ props })
        const { prop } = place(scene, kind)
        const atCentre = prop.position.x === 0 && prop.position.z === 0
        const free = props.every((other) => overlapMm(prop, other) === 0)
        // Either a free spot on the base, or the centre as the fallback of a full base.
        expect(free || atCentre).toBe(true)
        if (!atCentre) expect(insideBase(scene, prop)).toBe(true)
      }),
      { numRuns: 150 },
    )
  })
})

describe('nextSeed', () => {
  it('counts up from the largest seed in the scene, so links stay short', () => {
    expect(nextSeed(demoScene())).toBe(93) // the demo's largest seed is 92 (the second rubble)
    expect(nextSeed({ ...demoScene(), props: [] })).toBe(1)
  })
})
