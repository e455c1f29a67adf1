import * as THREE from 'three'

const box = new THREE.Box3()
const whole = new THREE.Box3()

/**
 * World-space bounding boxes of the props, packed in one array, for picking: a click tests a ray against
 * every box (a few microseconds for thousands of props) before any triangle is looked at.
 */
export class PropBounds {
  private boxes = new Float32Array(6 * 1024)
  private readonly owners: unknown[] = []
  private readonly free_: number[] = []
  private used = 0
  /** The slots a ray meets and their entry distances, reused from pick to pick. */
  private hitSlots = new Int32Array(256)
  private hitNear = new Float64Array(256)

  allocate(): number {
    const slot = this.free_.pop() ?? this.used++
    if (6 * this.used > this.boxes.length) {
      const bigger = new Float32Array(this.boxes.length * 2)
      bigger.set(this.boxes)
      this.boxes = bigger
    }
    // Empty until set: min above max never meets a ray.
    this.boxes.fill(Infinity, 6 * slot, 6 * slot + 3)
    this.boxes.fill(-Infinity, 6 * slot + 3, 6 * slot + 6)
    return slot
  }

  free(slot: number): void {
    this.owners[slot] = undefined
    this.boxes.fill(Infinity, 6 * slot, 6 * slot + 3)
    this.boxes.fill(-Infinity, 6 * slot + 3, 6 * slot + 6)
    this.free_.push(slot)
  }

  setOwner(slot: number, owner: unknown): void {
    this.owners[slot] = owner
  }

  owner(slot: number): unknown {
    return this.owners[slot]
  }

  /** The slot's box: the geometries' own boxes, placed by `matrix`. */
  set(slot: number, geometries: readonly THREE.BufferGeometry[], matrix: THREE.Matrix4): void {
    whole.makeEmpty()
    for (const g of geometries) {
      if (!g.boundingBox) g.computeBoundingBox()
      whole.union(box.copy(g.boundingBox as THREE.Box3).applyMatrix4(matrix))
    }
    const o = 6 * slot
    this.boxes[o] = whole.min.x
    this.boxes[o + 1] = whole.min.y
    this.boxes[o + 2] = whole.min.z
    this.boxes[o + 3] = whole.max.x
    this.boxes[o + 4] = whole.max.y
    this.boxes[o + 5] = whole.max.z
  }

  /**
   * Visits the slots whose box the ray meets, nearest entry first, with the distance along the ray to that
   * entry, until `visit` returns false. Nothing is allocated: a click usually stops after the first few, and
   * a pick that makes no garbage is not caught by a garbage collection.
   */
  visitHits(ray: THREE.Ray, visit: (slot: number, distance: number) => boolean): void {
    const b = this.boxes
    const { x: ox, y: oy, z: oz } = ray.origin
    const ix = 1 / ray.direction.x
    const iy = 1 / ray.direction.y
    const iz = 1 / ray.direction.z
    let count = 0
    for (let slot = 0, o = 0; slot < this.used; slot++, o += 6) {
      if ((b[o] as number) > (b[o + 3] as number)) continue // free or empty
      // Slab test; a direction component of 0 gives infinities that compare correctly.
      let t0 = ((b[o] as number) - ox) * ix
      let t1 = ((b[o + 3] as number) - ox) * ix
      let near = Math.min(t0, t1)
      let far = Math.max(t0, t1)
      t0 = ((b[o + 1] as number) - oy) * iy
      t1 = ((b[o + 4] as number) - oy) * iy
      near = Math.max(near, Math.min(t0, t1))
      far = Math.min(far, Math.max(t0, t1))
      if (far < near) continue
      t0 = ((b[o + 2] as number) - oz) * iz
      t1 = ((b[o + 5] as number) - oz) * iz
      near = Math.max(near, Math.min(t0, t1))
      far = Math.min(far, Math.max(t0, t1))
      if (far < near || far < 0) continue
      if (count === this.hitSlots.length) this.growHits()
      this.hitSlots[count] = slot
      this.hitNear[count] = Math.max(0, near)
      count++
    }
    // Nearest first by selection: cheaper than a sort for the few a pick looks at.
    const slots = this.hitSlots
    const nears = this.hitNear
    for (let left = count; left > 0; left--) {
      let best = 0
      for (let i = 1; i < left; i++) if ((nears[i] as number) < (nears[best] as number)) best = i
      const slot = slots[best] as number
      const distance = nears[best] as number
      slots[best] = slots[left - 1] as number
      nears[best] = nears[left - 1] as number
      if (!visit(slot, distance)) return
    }
  }

  private growHits(): void {
    const slots = new Int32Array(this.hitSlots.length * 2)
    const nears = new Float64Array(this.hitNear.length * 2)
    slots.set(this.hitSlots)
    nears.set(this.hitNear)
    this.hitSlots = slots
    this.hitNear = nears
  }
}
