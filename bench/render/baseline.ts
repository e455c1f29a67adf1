/**
 * The raw three.js baseline of the render benchmark: the editor's picture without the editor. The same props
 * (geometry, looks, weathering), lights, studio reflections, shadows, baseboard and grid, drawn by a plain
 * three.js program: no React, no store, no panels; one BatchedMesh filled once, three's own OrbitControls,
 * a frame drawn only when the camera moves or a texture arrives. Built and served by bench/render.ts only.
 *
 * ?scene=<url of a scene JSON>&w=<css px>&h=<css px>. Exposes window.__dioramaStats as the editor does.
 */
import * as THREE from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js'
import type { Scene } from '../../src/domain/scene/types'
import { InstanceLooks } from '../../src/viewport/batch/instanceLooks'
import { propParts } from '../../src/viewport/batch/propParts'
import { FRAME_TIMES, frameStats } from '../../src/viewport/frameStats'
import { LookAtlas } from '../../src/viewport/materials/lookAtlas'
import { createLookMaterial } from '../../src/viewport/materials/lookMaterial'
import {
  pendingTextures,
  setTextureArrivalListener,
  startPainting,
} from '../../src/viewport/materials/textureQueue'
import { gridMaterial } from './gridMaterial'

const DEG = Math.PI / 180

async function main(): Promise<void> {
  const query = new URLSearchParams(location.search)
  const width = Number(query.get('w') ?? 800)
  const height = Number(query.get('h') ?? 600)
  const scene = (await (await fetch(query.get('scene') ?? '')).json()) as Scene
  const { base } = scene
  const reach = Math.max(base.widthMm, base.depthMm)

  // As react-three-fiber sets up the editor's renderer: antialiased, ACES tone mapping, sRGB output, PCF shadows.
  const canvas = document.getElementById('view') as HTMLCanvasElement
  const gl = new THREE.WebGLRenderer({
    canvas,
    antialias: true,
    alpha: true,
    powerPreference: 'high-performance',
  })
  gl.setPixelRatio(Math.min(2, Math.max(1, devicePixelRatio)))
  gl.setSize(width, height)
  gl.toneMapping = THREE.ACESFilmicToneMapping
  gl.shadowMap.enabled = true
  gl.shadowMap.type = THREE.PCFShadowMap

  const world = new THREE.Scene()
  world.background = new THREE.Color('#2b2f33')
  const camera = new THREE.PerspectiveCamera(35, width / height, 1, reach * 40)
  camera.position.set(reach * 0.55, reach * 0.75, reach * 1.05)

  // Lights.tsx: a warm lamp with soft shadows, a sky/floor fill, the studio room.
  world.add(new THREE.HemisphereLight('#fff1de', '#3a3026', 0.45))
  const lamp = new THREE.DirectionalLight('#fff3e2', 1.6)
  lamp.position.set(reach * 0.5, reach * 1.1, reach * 0.6)
  lamp.castShadow = true
  lamp.shadow.mapSize.set(2048, 2048)
  lamp.shadow.bias = -0.0004
  lamp.shadow.normalBias = 0.3
  lamp.shadow.radius = 4
  Object.assign(lamp.shadow.camera, {
    left: -reach,
    right: reach,
    top: reach,
    bottom: -reach,
    near: 1,
    far: reach * 4,
  })
  world.add(lamp)
  const pmrem = new THREE.PMREMGenerator(gl)
  world.environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture
  world.environmentIntensity = 0.55

  // Baseboard.tsx: the board and its grid.
  const board = new THREE.Mesh(
    new THREE.BoxGeometry(base.widthMm, base.thicknessMm, base.depthMm),
    new THREE.MeshStandardMaterial({ color: '#6f5b46', roughness: 0.9 }),
  )
  board.position.y = -base.thicknessMm / 2
  board.castShadow = board.receiveShadow = true
  world.add(board)
  const grid = gridMaterial()
  const gridPlane = new THREE.Mesh(new THREE.PlaneGeometry(base.widthMm, base.depthMm), grid.material)
  gridPlane.position.y = 0.05
  gridPlane.frustumCulled = false
  world.add(gridPlane)

  // The props: one BatchedMesh, one instance per prop part, each with its look from the atlas.
  const parts = scene.props.filter((p) => !p.hidden).map((prop) => ({ prop, parts: propParts(prop) }))
  const geometries = new Map<THREE.BufferGeometry, number>()
  let instanceCount = 0
  let vertexCount = 0
  let indexCount = 0
  for (const { parts: list } of parts)
    for (const part of list) {
      instanceCount++
      if (!geometries.has(part.geometry)) {
        geometries.set(part.geometry, -1)
        vertexCount += part.geometry.getAttribute('position').count
        indexCount += part.geometry.index?.count ?? 0
      }
    }
  const atlas = new LookAtlas()
  const looks = new InstanceLooks(Math.max(1, instanceCount))
  const batch = new THREE.BatchedMesh(
    Math.max(1, instanceCount),
    Math.max(3, vertexCount),
    Math.max(3, indexCount),
    createLookMaterial(atlas.uniforms, looks.uniform),
  )
  batch.castShadow = batch.receiveShadow = true
  batch.frustumCulled = false
  const matrix = new THREE.Matrix4()
  const euler = new THREE.Euler()
  const turn = new THREE.Quaternion()
  const at = new THREE.Vector3()
  const one = new THREE.Vector3(1, 1, 1)
  for (const { prop, parts: list } of parts) {
    const r = prop.rotation
    matrix.compose(
      at.set(prop.position.x, prop.position.y, prop.position.z),
      turn.setFromEuler(euler.set(r.x * DEG, r.y * DEG, r.z * DEG)),
      one,
    )
    for (const part of list) {
      let geometryId = geometries.get(part.geometry) ?? -1
      if (geometryId < 0) geometries.set(part.geometry, (geometryId = batch.addGeometry(part.geometry)))
      const instance = batch.addInstance(geometryId)
      batch.setMatrixAt(instance, matrix)
      looks.set(instance, { ...part.instance, layer: atlas.layerFor(part.look) })
    }
  }
  world.add(batch)

  const controls = new OrbitControls(camera, canvas)
  controls.enableDamping = false
  controls.minDistance = 15
  controls.maxDistance = reach * 8
  controls.maxPolarAngle = Math.PI * 0.495

  // Drawn on demand, as the editor's frameloop="demand": when the camera moves or a texture arrives.
  let requested = false
  const draw = () => {
    requested = false
    grid.follow(camera, gridPlane)
    gl.render(world, camera)
    const stats = frameStats()
    const now = performance.now()
    stats.frames++
    stats.firstFrameMs ??= now
    stats.frameTimes.push(now)
    if (stats.frameTimes.length > FRAME_TIMES) stats.frameTimes.shift()
    if (stats.frames === 1) startPainting()
    stats.pendingTextures = pendingTextures()
    stats.drawCalls = gl.info.render.calls
    stats.triangles = gl.info.render.triangles
  }
  const invalidate = () => {
    if (requested) return
    requested = true
    requestAnimationFrame(draw)
  }
  controls.addEventListener('change', invalidate)
  setTextureArrivalListener(invalidate)
  invalidate()
}

void main()
