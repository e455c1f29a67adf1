import * as THREE from 'three'
import { snapAngle, snapToGrid } from '../../domain/scene/snapping'
import type { PropTransform } from '../../domain/scene/transformProps'
import type { Prop, PropId } from '../../domain/scene/types'
import { vec3, type Vec3 } from '../../domain/units/vec'

const DEG = Math.PI / 180
const UP = new THREE.Vector3(0, 1, 0)

/** Steps the drag keeps to right now: null is free (snapping off, or the hold key down). */
export interface DragSteps {
  readonly gridMm: number | null
  readonly angleDeg: number | null
}

interface Start {
  readonly prop: Prop
  readonly position: THREE.Vector3
  readonly quaternion: THREE.Quaternion
}

/**
 * One gizmo drag of the selection. The gizmo moves or turns a pivot; each selected prop keeps its place
 * relative to the pivot, so the selection moves as a unit and turns about the vertical through the pivot.
 * The move and the turn are snapped as steps from where the drag started (props on the grid stay on it).
 */
export class GroupDrag {
  private readonly pivotStart: THREE.Vector3
  private readonly pivotTurnStart: THREE.Quaternion
  private readonly pivotTurnUndo: THREE.Quaternion
  private readonly starts: readonly Start[]
  private readonly moved = new THREE.Vector3()
  private turnedDeg = 0
  private readonly turn = new THREE.Quaternion()
  private readonly at = new THREE.Vector3()
  private readonly turned = new THREE.Quaternion()

  constructor(pivot: THREE.Object3D, props: readonly Prop[]) {
    this.pivotStart = pivot.position.clone()
    this.pivotTurnStart = pivot.quaternion.clone()
    this.pivotTurnUndo = pivot.quaternion.clone().invert()
    this.starts = props.map((prop) => ({
      prop,
      position: new THREE.Vector3(prop.position.x, prop.position.y, prop.position.z),
      quaternion: new THREE.Quaternion().setFromEuler(
        new THREE.Euler(prop.rotation.x * DEG, prop.rotation.y * DEG, prop.rotation.z * DEG),
      ),
    }))
  }

  get ids(): PropId[] {
    return this.starts.map((s) => s.prop.id)
  }

  /** How far the selection has moved since the drag started, model mm. */
  get movedMm(): Vec3 {
    return vec3(this.moved.x, this.moved.y, this.moved.z)
  }

  get turnDeg(): number {
    return this.turnedDeg
  }

  /** Reads the pivot where the gizmo left it, snaps its move and turn to `steps` (the pivot too). */
  follow(pivot: THREE.Object3D, steps: DragSteps): void {
    this.moved.subVectors(pivot.position, this.pivotStart)
    if (steps.gridMm !== null) {
      const step = steps.gridMm
      this.moved.set(
        snapToGrid(this.moved.x, step),
        snapToGrid(this.moved.y, step),
        snapToGrid(this.moved.z, step),
      )
    }
    pivot.position.addVectors(this.pivotStart, this.moved)
    // The turn since the start, about the vertical (the gizmo only offers that ring).
    const delta = this.turn.copy(pivot.quaternion).multiply(this.pivotTurnUndo)
    let deg = (2 * Math.atan2(delta.y, delta.w)) / DEG
    if (deg > 180) deg -= 360
    if (deg < -180) deg += 360
    this.turnedDeg = steps.angleDeg !== null ? snapAngle(deg, steps.angleDeg) : deg
    this.turn.setFromAxisAngle(UP, this.turnedDeg * DEG)
    pivot.quaternion.copy(this.turn).multiply(this.pivotTurnStart)
  }

  /** Where each prop stands now: turned about the pivot's start, then moved. */
  place(visit: (id: PropId, position: THREE.Vector3, quaternion: THREE.Quaternion) => void): void {
    for (const s of this.starts) {
      this.at
        .subVectors(s.position, this.pivotStart)
        .applyQuaternion(this.turn)
        .add(this.pivotStart)
        .add(this.moved)
      this.turned.copy(this.turn).multiply(s.quaternion)
      visit(s.prop.id, this.at, this.turned)
    }
  }

  /** Each prop's new place, for the document (rotations as the document writes them: XYZ degrees). */
  transforms(): PropTransform[] {
    const out: PropTransform[] = []
    const euler = new THREE.Euler()
    let i = 0
    this.place((id, position, quaternion) => {
      const { rotation } = this.starts[i++]!.prop
      // A prop not tipped about X turns about the vertical by adding to its Y angle (Rx·Ry·Rz with x = 0):
      // the numbers the maker typed stay recognisable. A tipped one takes the angles of its new turn.
      const turned =
        rotation.x === 0
          ? vec3(rotation.x, rotation.y + this.turnedDeg, rotation.z)
          : (euler.setFromQuaternion(quaternion, 'XYZ'), vec3(euler.x / DEG, euler.y / DEG, euler.z / DEG))
      out.push({ id, position: vec3(position.x, position.y, position.z), rotation: turned })
    })
    return out
  }
}
