import type { ThreeEvent } from '@react-three/fiber'
import { memo, useMemo } from 'react'
import { familyOf } from '../domain/catalog'
import { propPieces, propSize } from '../domain/scene/propGeometry'
import type { Prop } from '../domain/scene/types'
import { materialFor } from './materials/library'
import { geometryFor } from './pieceGeometry'
import { propObjects } from './propObjects'
import { SelectionBox } from './SelectionBox'

const DEG = Math.PI / 180
/** A press that moved further than this (px) was an orbit, not a click. */
const CLICK_SLOP_PX = 4

interface PropMeshProps {
  readonly prop: Prop
  readonly selected: boolean
  readonly onPick: (id: string, additive: boolean) => void
}

/** One prop: its pieces with shared geometry and materials, placed by the document. */
export const PropMesh = memo(function PropMesh({ prop, selected, onPick }: PropMeshProps) {
  const family = familyOf(prop.kind)
  const pieces = useMemo(() => propPieces(prop), [prop])
  const size = useMemo(() => propSize(prop), [prop])
  if (!family) return null
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > CLICK_SLOP_PX) return
    e.stopPropagation()
    onPick(prop.id, e.shiftKey || e.ctrlKey || e.metaKey)
  }
  return (
    <group
      ref={(g) => {
        if (g) propObjects.set(prop.id, g)
        return () => {
          if (propObjects.get(prop.id) === g) propObjects.delete(prop.id)
        }
      }}
      name={prop.id}
      position={[prop.position.x, prop.position.y, prop.position.z]}
      rotation={[prop.rotation.x * DEG, prop.rotation.y * DEG, prop.rotation.z * DEG]}
      onClick={onClick}
    >
      {pieces.map((piece, i) => {
        const kind = piece.material ?? family.material
        const material =
          piece.shape === 'box' && kind === 'balsa'
            ? [materialFor(kind, prop.material, 'side'), materialFor(kind, prop.material, 'end')]
            : materialFor(kind, prop.material)
        return (
          <mesh
            key={i}
            geometry={geometryFor(piece, prop.material.seed)}
            material={material}
            position={[piece.at.x, piece.at.y, piece.at.z]}
            castShadow
            receiveShadow
          />
        )
      })}
      {selected && <SelectionBox size={size} />}
    </group>
  )
})
