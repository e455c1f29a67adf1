import { useMemo } from 'react'
import * as THREE from 'three'
import { figureHeightMm, type ModelScale } from '../domain/units/scale'
import type { Baseboard } from '../domain/scene/types'

const primer = new THREE.MeshStandardMaterial({ color: '#9a9a94', roughness: 0.7 })
const noPick = () => null

/**
 * A 1.75 m person in grey primer at the base's front-left corner: the first thing a modeller does to judge
 * scale is stand a figure next to the build. Proportions in heads (an adult is about 7.5 heads tall).
 */
export function ScaleFigure({ scale, base }: { readonly scale: ModelScale; readonly base: Baseboard }) {
  const h = figureHeightMm(scale)
  const head = h / 7.5
  const parts = useMemo(
    () => [
      {
        geo: new THREE.CylinderGeometry(head * 0.28, head * 0.22, h * 0.47, 8),
        at: [-head * 0.32, h * 0.235, 0],
      },
      {
        geo: new THREE.CylinderGeometry(head * 0.28, head * 0.22, h * 0.47, 8),
        at: [head * 0.32, h * 0.235, 0],
      },
      {
        geo: new THREE.CylinderGeometry(head * 0.75, head * 0.6, h * 0.36, 10),
        at: [0, h * 0.47 + h * 0.18, 0],
      },
      {
        geo: new THREE.CylinderGeometry(head * 0.18, head * 0.15, h * 0.36, 6),
        at: [-head * 0.95, h * 0.62, 0],
      },
      {
        geo: new THREE.CylinderGeometry(head * 0.18, head * 0.15, h * 0.36, 6),
        at: [head * 0.95, h * 0.62, 0],
      },
      { geo: new THREE.SphereGeometry(head * 0.5, 12, 10), at: [0, h - head * 0.5, 0] },
    ],
    [h, head],
  )
  const margin = Math.max(10, head * 2)
  return (
    <group position={[-base.widthMm / 2 + margin, 0, base.depthMm / 2 - margin]} name="scale-figure">
      {parts.map((p, i) => (
        <mesh
          key={i}
          geometry={p.geo}
          material={primer}
          position={p.at as [number, number, number]}
          castShadow
          raycast={noPick}
        />
      ))}
    </group>
  )
}
