import { useMemo } from 'react'
import * as THREE from 'three'
import type { Vec3 } from '../domain/units/vec'

const unitEdges = new THREE.EdgesGeometry(new THREE.BoxGeometry(1, 1, 1))
const highlight = new THREE.LineBasicMaterial({ color: '#ffb020', depthTest: false, transparent: true })

/** An amber outline around the selected prop's bounding box, drawn over everything so it is never hidden. */
export function SelectionBox({ size }: { readonly size: Vec3 }) {
  const pad = useMemo(() => Math.max(0.4, Math.max(size.x, size.y, size.z) * 0.02), [size])
  return (
    <lineSegments
      geometry={unitEdges}
      material={highlight}
      position={[0, size.y / 2, 0]}
      scale={[size.x + pad, size.y + pad, size.z + pad]}
      renderOrder={10}
      raycast={() => null}
    />
  )
}
