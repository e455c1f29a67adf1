import * as THREE from 'three'
import { familyOf } from '../domain/catalog'
import { propPieces } from '../domain/scene/propGeometry'
import type { Prop, PropId, Scene } from '../domain/scene/types'
import { geometryFor } from '../viewport/pieceGeometry'
import { closeMesh } from './closeMesh'
import { exportMaterial } from './exportLooks'

const DEG = Math.PI / 180

export interface ExportOptions {
  /** Only these props (a selection); all visible props when omitted. */
  readonly ids?: readonly PropId[]
  /** 'm' for glTF (its unit is the metre), 'mm' for STL (slicers read millimetres). */
  readonly unit: 'm' | 'mm'
  /** Close every piece for printing: STL needs it, glTF viewers do not. */
  readonly closed: boolean
}

/** The props to export: the selection or the whole scene, hidden props left out. */
export function propsToExport(scene: Scene, ids?: readonly PropId[]): Prop[] {
  const wanted = ids ? new Set(ids) : undefined
  return scene.props.filter((p) => (!wanted || wanted.has(p.id)) && !('hidden' in p && p.hidden))
}

/**
 * The scene (or selection) as plain three.js objects at true size: one group per prop, named as the maker
 * named it, one mesh per piece with a PBR material standing for its look. Model millimetres become metres for
 * glTF, so another program sees the real model size.
 */
export function exportObjects(scene: Scene, options: ExportOptions): THREE.Group {
  const root = new THREE.Group()
  root.name = scene.name
  if (options.unit === 'm') root.scale.setScalar(1 / 1000)
  for (const prop of propsToExport(scene, options.ids)) {
    const family = familyOf(prop.kind)
    const group = new THREE.Group()
    group.name = prop.name ?? family?.label ?? prop.kind
    group.position.set(prop.position.x, prop.position.y, prop.position.z)
    group.rotation.set(prop.rotation.x * DEG, prop.rotation.y * DEG, prop.rotation.z * DEG)
    for (const piece of propPieces(prop)) {
      const shape = geometryFor(piece, prop.material.seed)
      const geometry = options.closed ? closeMesh(shape, piece.shape === 'corrugated') : shape.clone()
      geometry.translate(piece.at.x, piece.at.y, piece.at.z)
      const kind = piece.material ?? family?.material ?? 'plastic'
      group.add(new THREE.Mesh(geometry, exportMaterial(kind, prop.material)))
    }
    root.add(group)
  }
  root.updateMatrixWorld(true)
  return root
}
