// @vitest-environment jsdom
import validator from 'gltf-validator'
import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { FAMILIES } from '../../src/domain/catalog'
import { makeProp } from '../../src/domain/scene/addProp'
import { createScene } from '../../src/domain/scene/createScene'
import { demoScene } from '../../src/domain/scene/demoScene'
import type { Scene } from '../../src/domain/scene/types'
import { exportGlb } from '../../src/export/exportGlb'
import { exportObjects } from '../../src/export/exportObjects'
import { exportStl, stlTriangles } from '../../src/export/exportStl'
import { geometryOpenEdges, openEdgeCount } from '../../src/export/meshClosure'

const sceneOf = (...kinds: string[]): Scene => ({
  ...createScene(),
  props: kinds.map((kind, i) => makeProp({ kind, seed: i + 1, position: { x: i * 40, y: 0, z: 0 } })),
})

const meshes = (root: THREE.Object3D) => {
  const found: THREE.Mesh[] = []
  root.traverse((o) => o instanceof THREE.Mesh && found.push(o))
  return found
}

describe('STL export', () => {
  it.each(FAMILIES.map((f) => f.kind))(
    '%s: every piece is a closed shell, and the STL is exactly those',
    (kind) => {
      const scene = sceneOf(kind)
      const pieces = meshes(exportObjects(scene, { unit: 'mm', closed: true }))
      expect(pieces.length).toBeGreaterThan(0)
      for (const mesh of pieces) expect(geometryOpenEdges(mesh.geometry)).toBe(0)
      const triangles = stlTriangles(exportStl(scene))
      const expected = pieces.reduce((n, m) => n + m.geometry.getAttribute('position').count / 3, 0)
      expect(triangles.length / 9).toBe(expected)
    },
  )

  it('is in millimetres at the prop’s place: a 120 mm plank floor spans 120 mm in x', () => {
    const scene = sceneOf('balsa.plank-floor')
    const t = stlTriangles(exportStl(scene))
    const xs = t.filter((_, i) => i % 3 === 0)
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(120, 3)
  })

  it('exports only the props asked for', () => {
    const scene = sceneOf('rust.oil-drum', 'balsa.crate')
    const all = stlTriangles(exportStl(scene)).length
    const drum = stlTriangles(exportStl(scene, [scene.props[0]!.id])).length
    expect(drum).toBeGreaterThan(0)
    expect(drum).toBeLessThan(all)
  })

  it('counts open edges: a lone triangle has three, a tetrahedron none', () => {
    expect(openEdgeCount([0, 0, 0, 1, 0, 0, 0, 1, 0])).toBe(3)
    const tetra = new THREE.TetrahedronGeometry(5)
    expect(geometryOpenEdges(tetra)).toBe(0)
  })
})

describe('GLB export', () => {
  it('passes the Khronos glTF validator with no errors, at true size in metres', async () => {
    const scene = demoScene()
    const glb = new Uint8Array(await exportGlb(scene))
    const report = await validator.validateBytes(glb)
    expect(report.issues.numErrors, JSON.stringify(report.issues.messages.slice(0, 5))).toBe(0)
    expect(report.info?.totalVertexCount ?? 0).toBeGreaterThan(0)
    const json = glbJson(glb)
    const root = json.nodes.find((n: { name?: string }) => n.name === scene.name)
    const m: number[] = root?.matrix ?? []
    expect([m[0], m[5], m[10]]).toEqual([0.001, 0.001, 0.001])
    expect(json.materials.length).toBeGreaterThan(2)
    expect(json.nodes.map((n: { name?: string }) => n.name)).toContain('Workshop floor')
  })

  it('exports a selection alone', async () => {
    const scene = demoScene()
    const glb = new Uint8Array(await exportGlb(scene, [scene.props[0]!.id]))
    const report = await validator.validateBytes(glb)
    expect(report.issues.numErrors).toBe(0)
    const names = glbJson(glb).nodes.map((n: { name?: string }) => n.name)
    expect(names).toContain(scene.props[0]!.name)
    expect(names).not.toContain(scene.props[1]!.name)
  })
})

/** The JSON chunk of a GLB: 12-byte header, then a chunk of length, type 'JSON', content. */
function glbJson(glb: Uint8Array) {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength)
  const length = view.getUint32(12, true)
  return JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + length)))
}
