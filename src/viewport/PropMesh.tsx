import type { ThreeEvent } from '@react-three/fiber'
import { memo, useMemo } from 'react'
import { familyOf } from '../domain/catalog'
import { propPieces, propSize } from '../domain/scene/propGeometry'
import type { Prop } from '../domain/scene/types'
import { materialFor } from './materials/library'
import { mergedPieces } from './mergedPieces'
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

/** One prop: its pieces merged per material (shared between props alike), placed by the document. */
export const PropMesh = memo(function PropMesh({ prop, selected, onPick }: PropMeshProps) {
  const family = familyOf(prop.kind)
  const parts = useMemo(
    () =>
      family
        ? mergedPieces(propPieces(prop), family.material, prop.material.seed, prop.material.grain === 'width')
        : [],
    [prop, family],
  )
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
      {parts.map((part, i) => (
        <mesh
          key={i}
          geometry={part.geometry}
          material={materialFor(part.kind, prop.material, part.face, prop.params.crumple)}
          castShadow
          receiveShadow
        />
      ))}
      {selected && <SelectionBox size={size} />}
    </group>
  )
})
