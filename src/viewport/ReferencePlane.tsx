import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import * as THREE from 'three'
import { useReference } from '../store/referenceStore'
import { useEditor } from '../store/useEditor'

/** Just above the base's top, under every prop; the base's grid lines stay visible through a faint photo. */
const ON_BASE_Y_MM = 0.02

/**
 * The reference photo in the scene: laid flat on the base (centred), or stood upright behind its back edge as a
 * backdrop, at the width the maker set or marked, see-through by the opacity. Never picked by clicks.
 */
export default function ReferencePlane() {
  const photo = useReference((s) => s.photo)
  const base = useEditor((s) => s.scene.base)
  const invalidate = useThree((s) => s.invalidate)
  const [texture, setTexture] = useState<THREE.Texture | null>(null)
  const image = photo?.image

  useEffect(() => {
    if (!image) return
    let made: THREE.Texture | null = null
    let cancelled = false
    void createImageBitmap(image, { imageOrientation: 'flipY' }).then((bitmap) => {
      if (cancelled) return bitmap.close()
      made = new THREE.Texture(bitmap)
      made.colorSpace = THREE.SRGBColorSpace
      made.flipY = false
      made.needsUpdate = true
      setTexture(made)
      invalidate()
    })
    return () => {
      cancelled = true
      made?.dispose()
      setTexture(null)
    }
  }, [image, invalidate])

  useEffect(() => invalidate(), [photo, invalidate])
  if (!photo || !texture) return null
  const width = photo.widthMm
  const height = (photo.widthMm * photo.heightPx) / photo.widthPx
  const onBase = photo.mode === 'base'
  return (
    <mesh
      name="reference photo"
      position={onBase ? [0, ON_BASE_Y_MM, 0] : [0, height / 2, -base.depthMm / 2 - 1]}
      rotation={onBase ? [-Math.PI / 2, 0, 0] : [0, 0, 0]}
      raycast={() => null}
      renderOrder={-1}
    >
      <planeGeometry args={[width, height]} />
      <meshBasicMaterial
        map={texture}
        transparent
        opacity={photo.opacity}
        depthWrite={false}
        side={THREE.DoubleSide}
        toneMapped={false}
      />
    </mesh>
  )
}
