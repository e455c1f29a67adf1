import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { vec3 } from '../../src/domain/units/vec'
import { GroupDrag } from '../../src/viewport/gizmo/groupDrag'
import { crate, prop, workbench } from '../domain/scene/workbench'

const scene = workbench([crate('a', 0, 0), crate('b', 40, 0, { rotation: vec3(0, 30, 0) })])
const props = [prop(scene, 'a'), prop(scene, 'b')]

/** A pivot standing where the gizmo would for these two: the middle of their footprints, on the base. */
const pivotAt = (x: number, z: number) => {
  const pivot = new THREE.Object3D()
  pivot.position.set(x, 0, z)
  return pivot
}

describe('GroupDrag', () => {
  it('moves every prop by the pivot move, snapped to the grid step', () => {
    const pivot = pivotAt(20, 0)
    const drag = new GroupDrag(pivot, props)
    pivot.position.set(20 + 7.4, 0, -3.6)
    drag.follow(pivot, { gridMm: 1, angleDeg: 15 })
    expect(drag.movedMm).toEqual(vec3(7, 0, -4))
    expect(pivot.position.x).toBeCloseTo(27, 9)
    const [a, b] = drag.transforms()
    expect(a?.position).toEqual(vec3(7, 0, -4))
    expect(b?.position.x).toBeCloseTo(47, 9)
    expect(b?.rotation).toEqual(vec3(0, 30, 0))
  })

  it('moves freely when snapping is held off', () => {
    const pivot = pivotAt(20, 0)
    const drag = new GroupDrag(pivot, props)
    pivot.position.set(27.4, 0, 0)
    drag.follow(pivot, { gridMm: null, angleDeg: null })
    expect(drag.movedMm.x).toBeCloseTo(7.4, 9)
  })

  it('turns the selection about the pivot by whole angle steps, each prop adding the turn to its own', () => {
    const pivot = pivotAt(20, 0)
    const drag = new GroupDrag(pivot, props)
    pivot.quaternion.setFromAxisAngle(new THREE.Vector3(0, 1, 0), (97 * Math.PI) / 180)
    drag.follow(pivot, { gridMm: 1, angleDeg: 15 })
    expect(drag.turnDeg).toBe(90)
    const [a, b] = drag.transforms()
    // A quarter turn about (20, 0, 0) takes (0, 0, 0) to (20, 0, 20) and (40, 0, 0) to (20, 0, -20).
    expect(a?.position.x).toBeCloseTo(20, 9)
    expect(a?.position.z).toBeCloseTo(20, 9)
    expect(b?.position.z).toBeCloseTo(-20, 9)
    expect(a?.rotation).toEqual(vec3(0, 90, 0))
    expect(b?.rotation).toEqual(vec3(0, 120, 0))
  })

  it('gives a tipped prop the angles of its new turn', () => {
    const tipped = workbench([crate('t', 0, 0, { rotation: vec3(90, 0, 0) })])
    const pivot = pivotAt(0, 0)
    const drag = new GroupDrag(pivot, [prop(tipped, 't')])
    pivot.quaternion.setFromAxisAngle(new THREE.Vector3(0, 1, 0), Math.PI / 2)
    drag.follow(pivot, { gridMm: 1, angleDeg: 15 })
    const [t] = drag.transforms()
    const expected = new THREE.Quaternion()
      .setFromAxisAngle(new THREE.Vector3(0, 1, 0), Math.PI / 2)
      .multiply(new THREE.Quaternion().setFromEuler(new THREE.Euler(Math.PI / 2, 0, 0)))
    const got = new THREE.Quaternion().setFromEuler(
      new THREE.Euler(...(['x', 'y', 'z'] as const).map((k) => ((t?.rotation[k] ?? 0) * Math.PI) / 180)),
    )
    expect(Math.abs(got.dot(expected))).toBeCloseTo(1, 9)
  })
})
