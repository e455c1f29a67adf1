import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { PropBounds } from '../../src/viewport/batch/propBounds'
import { seededRandom } from '../../src/domain/random'

// The boxes a click tests before any triangle (src/viewport/batch/propBounds.ts): every box the ray meets,
// nearest first, and nothing more once the caller has what it needs.

const cube = new THREE.BoxGeometry(10, 10, 10)

/** Bounds with a 10 mm cube at each point. */
function boundsAt(points: readonly THREE.Vector3[]): { bounds: PropBounds; slots: number[] } {
  const bounds = new PropBounds()
  const slots = points.map((p) => {
    const slot = bounds.allocate()
    bounds.set(slot, [cube], new THREE.Matrix4().makeTranslation(p.x, p.y, p.z))
    return slot
  })
  return { bounds, slots }
}

const visitAll = (bounds: PropBounds, ray: THREE.Ray) => {
  const seen: { slot: number; distance: number }[] = []
  bounds.visitHits(ray, (slot, distance) => {
    seen.push({ slot, distance })
    return true
  })
  return seen
}

describe('prop bounds for picking', () => {
  it('visits the boxes on the ray, nearest first, with the distance to where the ray enters', () => {
    const { bounds, slots } = boundsAt([
      new THREE.Vector3(0, 0, -100),
      new THREE.Vector3(0, 0, -30),
      new THREE.Vector3(50, 0, -50), // off the ray
      new THREE.Vector3(0, 0, -60),
    ])
    const ray = new THREE.Ray(new THREE.Vector3(0, 0, 0), new THREE.Vector3(0, 0, -1))
    const seen = visitAll(bounds, ray)
    expect(seen.map((s) => s.slot)).toEqual([slots[1], slots[3], slots[0]])
    expect(seen.map((s) => s.distance)).toEqual([25, 55, 95])
  })

  it('stops when the visitor has what it needs', () => {
    const points = Array.from({ length: 20 }, (_, i) => new THREE.Vector3(0, 0, -20 * (i + 1)))
    const { bounds } = boundsAt(points)
    let visits = 0
    bounds.visitHits(new THREE.Ray(new THREE.Vector3(), new THREE.Vector3(0, 0, -1)), () => ++visits < 3)
    expect(visits).toBe(3)
  })

  it('skips freed slots and boxes behind the ray', () => {
    const { bounds, slots } = boundsAt([new THREE.Vector3(0, 0, -50), new THREE.Vector3(0, 0, 50)])
    const ray = new THREE.Ray(new THREE.Vector3(), new THREE.Vector3(0, 0, -1))
    expect(visitAll(bounds, ray).map((s) => s.slot)).toEqual([slots[0]])
    bounds.free(slots[0] as number)
    expect(visitAll(bounds, ray)).toEqual([])
  })

  it('orders thousands of boxes on one ray as a sort would', () => {
    const random = seededRandom(7)
    const points = Array.from(
      { length: 3000 },
      () => new THREE.Vector3((random() - 0.5) * 8, (random() - 0.5) * 8, -random() * 5000),
    )
    const { bounds } = boundsAt(points)
    const ray = new THREE.Ray(new THREE.Vector3(0, 0, 10), new THREE.Vector3(0, 0, -1))
    const seen = visitAll(bounds, ray)
    expect(seen).toHaveLength(3000)
    const distances = seen.map((s) => s.distance)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(new Set(seen.map((s) => s.slot)).size).toBe(3000)
  })
})
