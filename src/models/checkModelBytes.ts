import { formatBytes, MODEL_LIMITS } from './modelLimits'

export type ModelFormat = 'glb' | 'gltf' | 'stl-binary' | 'stl-ascii'

export type ByteCheck = { ok: true; format: ModelFormat; triangles: number } | { ok: false; reason: string }

const GLB_MAGIC = 0x46546c67 // 'glTF'
const JSON_CHUNK = 0x4e4f534a
const BIN_CHUNK = 0x004e4942
/** Bytes per component of each glTF accessor component type. */
const COMPONENT_BYTES: Record<number, number> = { 5120: 1, 5121: 1, 5122: 2, 5123: 2, 5125: 4, 5126: 4 }
const TYPE_SIZE: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4, MAT2: 4, MAT3: 9, MAT4: 16 }

/**
 * Reads only headers and declared sizes, before any parser sees the file: the kind of file by its magic, and
 * refusal of truncated files, sizes claimed beyond the bytes present (a "1 GB" buffer in a 2 KB file), external
 * references (no network here) and more triangles than the limit.
 */
export function checkModelBytes(bytes: Uint8Array): ByteCheck {
  if (bytes.byteLength > MODEL_LIMITS.maxBytes)
    return {
      ok: false,
      reason: `the file is ${formatBytes(bytes.byteLength)}; the limit is ${formatBytes(MODEL_LIMITS.maxBytes)}`,
    }
  if (bytes.byteLength < 12) return { ok: false, reason: 'the file is too short to be a 3D model' }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.getUint32(0, true) === GLB_MAGIC) return checkGlb(bytes, view)
  const head = new TextDecoder().decode(bytes.subarray(0, Math.min(256, bytes.byteLength))).trimStart()
  if (head.startsWith('{')) return checkGltfJson(bytes)
  if (bytes.byteLength >= 84) {
    const triangles = view.getUint32(80, true)
    if (84 + triangles * 50 === bytes.byteLength) return limitTriangles('stl-binary', triangles)
  }
  if (head.startsWith('solid')) {
    const text = new TextDecoder().decode(bytes)
    const triangles = text.match(/\bfacet\s+normal\b/g)?.length ?? 0
    if (triangles === 0 || !/\bendsolid\b/.test(text))
      return { ok: false, reason: 'this text STL is cut short' }
    return limitTriangles('stl-ascii', triangles)
  }
  return { ok: false, reason: 'this is not a glTF, GLB or STL file' }
}

function limitTriangles(format: ModelFormat, triangles: number): ByteCheck {
  if (triangles === 0) return { ok: false, reason: 'the model has no triangles' }
  if (triangles > MODEL_LIMITS.maxTriangles)
    return {
      ok: false,
      reason: `the model has ${triangles.toLocaleString('en')} triangles; the limit is ${MODEL_LIMITS.maxTriangles.toLocaleString('en')}`,
    }
  return { ok: true, format, triangles }
}

function checkGlb(bytes: Uint8Array, view: DataView): ByteCheck {
  if (view.getUint32(4, true) !== 2) return { ok: false, reason: 'only glTF 2.0 files can be opened' }
  if (view.getUint32(8, true) !== bytes.byteLength)
    return { ok: false, reason: 'the GLB file is truncated or its length is wrong' }
  let offset = 12
  let json: unknown
  let binLength = 0
  while (offset + 8 <= bytes.byteLength) {
    const length = view.getUint32(offset, true)
    const type = view.getUint32(offset + 4, true)
    if (offset + 8 + length > bytes.byteLength)
      return { ok: false, reason: 'a GLB chunk claims more bytes than the file has' }
    const content = bytes.subarray(offset + 8, offset + 8 + length)
    if (type === JSON_CHUNK) json = parseJson(content)
    if (type === BIN_CHUNK) binLength = length
    offset += 8 + length
  }
  if (json === undefined)
    return { ok: false, reason: 'the GLB file has no readable description (JSON chunk)' }
  return checkDescription(json, 'glb', binLength)
}

function checkGltfJson(bytes: Uint8Array): ByteCheck {
  const json = parseJson(bytes)
  if (json === undefined) return { ok: false, reason: 'the glTF file is not valid JSON' }
  return checkDescription(json, 'gltf', 0)
}

function parseJson(content: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(content))
  } catch {
    return undefined
  }
}

interface Described {
  asset?: { version?: unknown }
  buffers?: { byteLength?: unknown; uri?: unknown }[]
  bufferViews?: { buffer?: unknown; byteOffset?: unknown; byteLength?: unknown }[]
  accessors?: {
    bufferView?: unknown
    byteOffset?: unknown
    count?: unknown
    componentType?: unknown
    type?: unknown
  }[]
  images?: { uri?: unknown }[]
  meshes?: { primitives?: { indices?: unknown; attributes?: { POSITION?: unknown }; mode?: unknown }[] }[]
}

const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined)

function checkDescription(json: unknown, format: ModelFormat, binLength: number): ByteCheck {
  if (typeof json !== 'object' || json === null)
    return { ok: false, reason: 'the glTF description is not an object' }
  const d = json as Described
  if (typeof d.asset?.version !== 'string' || !d.asset.version.startsWith('2'))
    return { ok: false, reason: 'only glTF 2.0 files can be opened' }
  const available: number[] = []
  for (const [i, buffer] of (d.buffers ?? []).entries()) {
    const length = int(buffer.byteLength)
    if (length === undefined) return { ok: false, reason: `buffer ${i} has no valid length` }
    const uri = buffer.uri
    if (uri === undefined) {
      if (format !== 'glb' || i !== 0 || length > binLength)
        return { ok: false, reason: `buffer ${i} claims ${formatBytes(length)} that the file does not hold` }
    } else if (typeof uri !== 'string' || !uri.startsWith('data:')) {
      return {
        ok: false,
        reason: 'the model refers to other files; open a .glb, or a .gltf with its data embedded',
      }
    } else if (length > uri.length) {
      return { ok: false, reason: `buffer ${i} claims ${formatBytes(length)} that the file does not hold` }
    }
    available.push(length)
  }
  for (const image of d.images ?? [])
    if (typeof image.uri === 'string' && !image.uri.startsWith('data:'))
      return { ok: false, reason: 'the model refers to image files; open a .glb with its textures inside' }
  const views = d.bufferViews ?? []
  for (const [i, v] of views.entries()) {
    const buffer = int(v.buffer)
    const end = (int(v.byteOffset) ?? 0) + (int(v.byteLength) ?? Infinity)
    if (buffer === undefined || available[buffer] === undefined || end > available[buffer]!)
      return { ok: false, reason: `buffer view ${i} reaches past the end of its buffer` }
  }
  const accessors = d.accessors ?? []
  for (const [i, a] of accessors.entries()) {
    const count = int(a.count)
    const size = (COMPONENT_BYTES[Number(a.componentType)] ?? 0) * (TYPE_SIZE[String(a.type)] ?? 0)
    if (count === undefined || size === 0) return { ok: false, reason: `accessor ${i} is malformed` }
    if (a.bufferView === undefined) continue
    const view = views[int(a.bufferView) ?? -1]
    if (!view || (int(a.byteOffset) ?? 0) + count * size > (int(view.byteLength) ?? 0))
      return { ok: false, reason: `accessor ${i} claims more data than its buffer view holds` }
  }
  let triangles = 0
  for (const mesh of d.meshes ?? [])
    for (const p of mesh.primitives ?? []) {
      const counted = accessors[int(p.indices) ?? int(p.attributes?.POSITION) ?? -1]
      triangles += Math.floor((int(counted?.count) ?? 0) / 3)
    }
  return limitTriangles(format, triangles)
}
