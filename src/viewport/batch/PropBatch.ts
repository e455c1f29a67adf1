import * as THREE from 'three'
import type { Prop, PropId } from '../../domain/scene/types'
import { LookAtlas } from '../materials/lookAtlas'
import { createLookMaterial } from '../materials/lookMaterial'
import { exactHit, prepareForPicking, treesBuilt } from './exactHit'
import { InstanceLooks } from './instanceLooks'
import { PropBounds } from './propBounds'
import { PROPS_OBJECT } from './propsObject'
import { propParts, type PropPart } from './propParts'

const DEG = Math.PI / 180
const FIRST_INSTANCES = 1024
const FIRST_VERTICES = 1 << 18
const FIRST_INDICES = 1 << 19

const idle = (fn: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 5000 })
  else setTimeout(fn, 100)
}

interface PropRecord {
  prop: Prop
  readonly parts: readonly PropPart[]
  readonly instances: number[]
  readonly matrix: THREE.Matrix4
  /** Slot in the bounds used for picking. */
  readonly slot: number
}

interface GeometryEntry {
  readonly id: number
  readonly size: Space
  refs: number
}

/** Room in the batch's buffers: vertices and indices. */
interface Space {
  vertices: number
  indices: number
}

const euler = new THREE.Euler()
const quaternion = new THREE.Quaternion()
const position = new THREE.Vector3()
const ONE = new THREE.Vector3(1, 1, 1)

/**
 * Every prop of the document in one three.js BatchedMesh: one draw call (and one for the shadow) whatever
 * the number of props, with per-prop frustum culling. Each prop is a few instances (one per material and
 * face), each a shared geometry placed by the prop's matrix and given its look through the look atlas.
 *
 * The document is the truth: sync() brings the batch in line with the props, touching only those whose
 * object changed (the document keeps unchanged props as the same objects). A gizmo drag moves a prop's
 * instances directly with setTransform(); the document catches up on release.
 */
export class PropBatch {
  readonly mesh: THREE.BatchedMesh
  readonly atlas = new LookAtlas()
  private readonly looks = new InstanceLooks(FIRST_INSTANCES)
  private readonly bounds = new PropBounds()
  private readonly geometries = new Map<THREE.BufferGeometry, GeometryEntry>()
  private readonly records = new Map<PropId, PropRecord>()
  /** The prop each instance draws, by instance id. */
  private readonly owners: (PropRecord | undefined)[] = []
  private readonly capacity: Space = { vertices: FIRST_VERTICES, indices: FIRST_INDICES }
  private readonly used: Space = { vertices: 0, indices: 0 }
  private readonly freed: Space = { vertices: 0, indices: 0 }

  constructor() {
    const material = createLookMaterial(this.atlas.uniforms, this.looks.uniform)
    this.mesh = new THREE.BatchedMesh(FIRST_INSTANCES, FIRST_VERTICES, FIRST_INDICES, material)
    this.mesh.name = PROPS_OBJECT
    this.mesh.userData.propAt = (instance: number) => this.propAt(instance)
    this.mesh.castShadow = true
    this.mesh.receiveShadow = true
    // Culled per prop instead: the batch's own bounds would need recomputing after every change.
    this.mesh.frustumCulled = false
    // A degenerate triangle lays out the buffers, so the shader is compiled with the first frame even when
    // the scene starts empty (the first prop added then appears without a pause).
    this.addGeometry(PLACEHOLDER)
    this.mesh.raycast = (raycaster, hits) => this.pick(raycaster, hits)
  }

  /** Brings the batch in line with the document's props (hidden ones are left out). */
  sync(props: readonly Prop[]): void {
    const seen = new Set<PropId>()
    for (const prop of props) {
      // A hidden prop stays in the document (cut list, share link) but is not drawn, nor picked.
      if (prop.hidden) continue
      seen.add(prop.id)
      const record = this.records.get(prop.id)
      if (record?.prop === prop) continue
      if (record && sameLook(record.prop, prop)) {
        record.prop = prop
        this.place(record, documentMatrix(prop, record.matrix))
        continue
      }
      if (record) this.remove(record)
      this.add(prop)
    }
    if (this.records.size > seen.size)
      for (const record of [...this.records.values()]) if (!seen.has(record.prop.id)) this.remove(record)
  }

  /** Moves a prop's instances (a drag in progress); the document is not changed. */
  setTransform(id: PropId, at: THREE.Vector3, turn: THREE.Quaternion): void {
    const record = this.records.get(id)
    if (record) this.place(record, record.matrix.compose(at, turn, ONE))
  }

  /** Puts a prop's instances back where the document has it (after a drag the document did not take). */
  restore(id: PropId): void {
    const record = this.records.get(id)
    if (record) this.place(record, documentMatrix(record.prop, record.matrix))
  }

  /**
   * A pick straight down onto one prop of each kind, once their picking trees are built and the browser is
   * idle: every path a click can take (a tree, or triangle by triangle; each kind's geometry) has then run
   * once, so the maker's first click on any prop runs warmed-up code rather than cold (ten times slower).
   */
  warmUpPicking(): void {
    void treesBuilt().then(() =>
      idle(() => {
        const raycaster = new THREE.Raycaster()
        const down = new THREE.Vector3(0, -1, 0)
        const kinds = new Set<string>()
        for (const record of this.records.values()) {
          if (kinds.has(record.prop.kind)) continue
          kinds.add(record.prop.kind)
          const { x, y, z } = record.prop.position
          raycaster.set(new THREE.Vector3(x, y + 1000, z), down)
          this.pick(raycaster, [])
        }
      }),
    )
  }

  /** The prop an instance draws (a picking hit's batchId). */
  propAt(instance: number): PropId | undefined {
    return this.owners[instance]?.prop.id
  }

  /** Counts for the benchmarks: instances drawn, distinct geometries and looks. */
  stats(): { props: number; instances: number; geometries: number; looks: number } {
    let instances = 0
    for (const record of this.records.values()) instances += record.instances.length
    return {
      props: this.records.size,
      instances,
      geometries: this.geometries.size - 1,
      looks: this.atlas.size,
    }
  }

  /**
   * Ray against every prop's bounding box, then the exact triangles of the nearest boxes only, nearest
   * first, stopping as soon as no box left can hold a nearer hit.
   */
  pick(raycaster: THREE.Raycaster, hits: THREE.Intersection[]): void {
    const material = this.mesh.material as THREE.Material
    let best: THREE.Intersection | undefined
    this.bounds.visitHits(raycaster.ray, (slot, distance) => {
      if (best && distance > best.distance) return false
      const record = this.bounds.owner(slot) as PropRecord | undefined
      if (!record) return true
      for (let i = 0; i < record.parts.length; i++) {
        const hit = exactHit(raycaster, (record.parts[i] as PropPart).geometry, record.matrix, material)
        if (hit && (!best || hit.distance < best.distance)) {
          best = hit
          best.object = this.mesh
          best.batchId = record.instances[i]
        }
      }
      return true
    })
    if (best) hits.push(best)
  }

  /**
   * Frees the GPU copies of the geometry, textures and program; the batch stays whole, and drawn again it
   * uploads again (React's strict mode unmounts and remounts a component with the same state).
   */
  release(): void {
    this.mesh.geometry.dispose()
    ;(this.mesh.material as THREE.Material).dispose()
    this.atlas.dispose()
    this.looks.dispose()
  }

  private add(prop: Prop): void {
    const parts = propParts(prop)
    const record: PropRecord = {
      prop,
      parts,
      instances: [],
      matrix: documentMatrix(prop, new THREE.Matrix4()),
      slot: this.bounds.allocate(),
    }
    this.bounds.setOwner(record.slot, record)
    for (const part of parts) {
      const geometry = this.addGeometry(part.geometry)
      this.ensureInstances(1)
      const instance = this.mesh.addInstance(geometry)
      this.looks.set(instance, { ...part.instance, layer: this.atlas.layerFor(part.look) })
      this.owners[instance] = record
      record.instances.push(instance)
    }
    this.records.set(prop.id, record)
    this.place(record, record.matrix)
  }

  private remove(record: PropRecord): void {
    for (const instance of record.instances) {
      this.mesh.deleteInstance(instance)
      this.owners[instance] = undefined
    }
    for (const part of record.parts) this.releaseGeometry(part.geometry)
    this.bounds.free(record.slot)
    this.records.delete(record.prop.id)
  }

  private place(record: PropRecord, matrix: THREE.Matrix4): void {
    for (const instance of record.instances) this.mesh.setMatrixAt(instance, matrix)
    this.bounds.set(
      record.slot,
      record.parts.map((p) => p.geometry),
      matrix,
    )
  }

  private addGeometry(geometry: THREE.BufferGeometry): number {
    const known = this.geometries.get(geometry)
    if (known) {
      known.refs++
      return known.id
    }
    const size = { vertices: geometry.getAttribute('position').count, indices: geometry.index?.count ?? 0 }
    this.ensureSpace(size)
    const id = this.mesh.addGeometry(geometry)
    this.used.vertices += size.vertices
    this.used.indices += size.indices
    prepareForPicking(geometry)
    this.geometries.set(geometry, { id, size, refs: 1 })
    return id
  }

  private releaseGeometry(geometry: THREE.BufferGeometry): void {
    const entry = this.geometries.get(geometry)
    if (!entry || --entry.refs > 0) return
    this.mesh.deleteGeometry(entry.id)
    this.geometries.delete(geometry)
    this.freed.vertices += entry.size.vertices
    this.freed.indices += entry.size.indices
  }

  /** Room for `more` instances: the batch and the look texture double together. */
  private ensureInstances(more: number): void {
    const needed = this.mesh.instanceCount + more
    if (needed <= this.mesh.maxInstanceCount) return
    let capacity = this.mesh.maxInstanceCount
    while (capacity < needed) capacity *= 2
    this.mesh.setInstanceCount(capacity)
    this.looks.grow(capacity)
  }

  /** Room for a geometry: first by packing out what deleted geometries left, then by growing. */
  private ensureSpace(more: Space): void {
    const fits = () =>
      this.used.vertices + more.vertices <= this.capacity.vertices &&
      this.used.indices + more.indices <= this.capacity.indices
    if (fits()) return
    if (this.freed.vertices > 0 || this.freed.indices > 0) {
      this.mesh.optimize()
      this.used.vertices -= this.freed.vertices
      this.used.indices -= this.freed.indices
      this.freed.vertices = this.freed.indices = 0
      if (fits()) return
    }
    while (this.capacity.vertices < this.used.vertices + more.vertices) this.capacity.vertices *= 2
    while (this.capacity.indices < this.used.indices + more.indices) this.capacity.indices *= 2
    this.mesh.setGeometrySize(this.capacity.vertices, this.capacity.indices)
  }
}

const PLACEHOLDER = (() => {
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.Float32BufferAttribute([0, 0, 0, 0, 0, 0, 0, 0, 0], 3))
  g.setAttribute('normal', new THREE.Float32BufferAttribute([0, 1, 0, 0, 1, 0, 0, 1, 0], 3))
  g.setAttribute('uv', new THREE.Float32BufferAttribute([0, 0, 0, 0, 0, 0], 2))
  g.setIndex([0, 1, 2])
  return g
})()

/** The prop's place in the document: its origin, turned by its Euler angles (XYZ order, degrees). */
function documentMatrix(prop: Prop, target: THREE.Matrix4): THREE.Matrix4 {
  const { position: p, rotation: r } = prop
  quaternion.setFromEuler(euler.set(r.x * DEG, r.y * DEG, r.z * DEG))
  return target.compose(position.set(p.x, p.y, p.z), quaternion, ONE)
}

/** Same shape and same look: only the place may differ, and moving the instances is enough. */
const sameLook = (a: Prop, b: Prop) =>
  a.kind === b.kind && a.params === b.params && a.material === b.material && a.model === b.model
