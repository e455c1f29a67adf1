import type * as THREE from 'three'
import type { PropId } from '../domain/scene/types'

/**
 * The three.js group standing for each selected prop: its outline, and the handle the gizmo moves during a
 * drag (the prop's batch instances follow it directly, no React render); the document is committed once on
 * release.
 */
export const selectionObjects = new Map<PropId, THREE.Object3D>()

/** Whether a gizmo drag is under way: a box selection started by the same press gives way to it. */
export const gizmoDrag = { active: false }
