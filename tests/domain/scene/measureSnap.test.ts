import { describe, expect, it } from 'vitest'
import { propSize } from '../../../src/domain/scene/propGeometry'
import { propCorners, snapMeasurePoint, type ScreenPoint } from '../../../src/domain/scene/measureSnap'
import { vec3, type Vec3 } from '../../../src/domain/units/vec'
import { crate, prop, workbench } from './workbench'

// Looking straight down, 1 mm = 10 px, the origin at (500, 500): x to the right, z down the page.
const topView = (p: Vec3): ScreenPoint => ({ x: 500 + p.x * 10, y: 500 + p.z * 10 })

describe('propCorners', () => {
  it('puts the eight corners of a crate around its footprint centre, from its underside up', () => {
    const scene = workbench([crate('c', 10, 5)])
    const c = prop(scene, 'c')
    const s = propSize(c)
    const corners = propCorners(c)
    expect(corners).toHaveLength(8)
    expect(Math.min(...corners.map((p) => p.x))).toBeCloseTo(10 - s.x / 2, 9)
    expect(Math.max(...corners.map((p) => p.z))).toBeCloseTo(5 + s.z / 2, 9)
    expect(Math.max(...corners.map((p) => p.y))).toBeCloseTo(s.y, 9)
  })

  it('turns the corners with the prop: a quarter turn swaps width and depth', () => {
    const scene = workbench([crate('c', 0, 0, { rotation: vec3(0, 90, 0) })])
    const c = prop(scene, 'c')
    const s = propSize(c)
    const xs = propCorners(c).map((p) => p.x)
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(s.z, 9)
  })
})

describe('snapMeasurePoint', () => {
  const scene = workbench([crate('c', 0, 0)])
  const c = prop(scene, 'c')
  const s = propSize(c)
  const corners = propCorners(c)
  const hit = vec3(1, s.y, 1)

  it('takes a corner within reach on screen', () => {
    const corner = topView(vec3(s.x / 2, s.y, s.z / 2))
    const snapped = snapMeasurePoint(hit, corners, { x: corner.x - 5, y: corner.y + 4 }, topView)
    expect(snapped.kind).toBe('corner')
    expect(snapped.point.x).toBeCloseTo(s.x / 2, 9)
    expect(snapped.point.z).toBeCloseTo(s.z / 2, 9)
  })

  it('takes the nearest edge when no corner is within reach, at the same place along it', () => {
    // Half way along the +x edge of the top, 6 px outside it.
    const pointer = topView(vec3(s.x / 2, s.y, 0))
    const snapped = snapMeasurePoint(hit, corners, { x: pointer.x + 6, y: pointer.y }, topView)
    expect(snapped.kind).toBe('edge')
    expect(snapped.point.x).toBeCloseTo(s.x / 2, 9)
    expect(snapped.point.z).toBeCloseTo(0, 9)
  })

  it('keeps the surface point when nothing is within reach', () => {
    const snapped = snapMeasurePoint(hit, corners, topView(hit), topView)
    expect(snapped).toEqual({ point: hit, kind: 'surface' })
  })

  it('prefers a corner to an edge that is nearer', () => {
    const corner = topView(vec3(s.x / 2, s.y, s.z / 2))
    // 2 px from the edge, 10 px from the corner along it: the corner wins, being within reach.
    const snapped = snapMeasurePoint(hit, corners, { x: corner.x + 2, y: corner.y - 10 }, topView)
    expect(snapped.kind).toBe('corner')
  })
})
