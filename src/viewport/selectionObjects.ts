import type * as THREE from 'three'
import type { PropId } from '../domain/scene/types'

/**
 * The three.js group drawn for each prop, so the gizmo can move it directly during a drag (no React render)
 * and the document is committed once on release.
 */
export const propObjects = new Map<PropId, THREE.Object3D>()
