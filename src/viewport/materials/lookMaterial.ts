import * as THREE from 'three'
import type { AtlasUniforms } from './lookAtlas'

/** Balsa boards differ a little in colour: a tint per weathering variant (multiplies the painted map). */
const BOARD_TINTS = ['#ffffff', '#fcefdf', '#f2eee8', '#fff6e6'].map((hex) => new THREE.Color(hex))
/** Where each weathering variant samples the same tile: the images are shared, the patterns differ. */
const VARIANT_OFFSET = /* glsl */ 'vec2( 0.31, 0.57 )'

/**
 * The one material every prop is drawn with: three's MeshStandardMaterial (so lights, shadows and the studio
 * reflections are three's own), batched, reading its maps from the look atlas. Per instance it reads, from
 * `lookInstances` (two texels per instance, see InstanceLooks): the atlas layer, the weathering variant
 * (where in the tile it samples, and the board tint), whether the grain turns a quarter, the normal strength
 * and the paint colour.
 */
export function createLookMaterial(
  atlas: AtlasUniforms,
  instances: { value: THREE.Texture },
): THREE.MeshStandardMaterial {
  const material = new THREE.MeshStandardMaterial({
    color: '#ffffff',
    // The surface layer holds roughness (G) and metalness (B); these multiply it.
    roughness: 1,
    metalness: 1,
    side: THREE.DoubleSide,
    // Only switches on three's tangent-space normal mapping; the shader reads the atlas instead.
    normalMap: FLAT_NORMAL,
  })
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, atlas, { lookInstances: instances, lookTints: { value: BOARD_TINTS } })
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${VERTEX_PARS}`)
      .replace('#include <batching_vertex>', `#include <batching_vertex>\n${VERTEX_MAIN}`)
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${FRAGMENT_PARS}`)
      .replace('#include <map_fragment>', FRAGMENT_COLOR)
      .replace('#include <roughnessmap_fragment>', FRAGMENT_ROUGHNESS)
      .replace('#include <metalnessmap_fragment>', FRAGMENT_METALNESS)
      .replace('#include <normal_fragment_maps>', FRAGMENT_NORMAL)
  }
  material.customProgramCacheKey = () => 'diorama-look'
  return material
}

const FLAT_NORMAL = new THREE.DataTexture(new Uint8Array([128, 128, 255, 255]), 1, 1)
FLAT_NORMAL.needsUpdate = true

const VERTEX_PARS = /* glsl */ `
uniform highp sampler2D lookInstances;
varying vec2 vLookUv;
flat varying float vLookLayer;
flat varying vec3 vLookPaint;
flat varying float vLookNormalScale;
flat varying vec3 vLookTint;
uniform vec3 lookTints[ 4 ];
`

const VERTEX_MAIN = /* glsl */ `
#ifdef USE_BATCHING
{
  int size = textureSize( lookInstances, 0 ).x;
  int j = int( getIndirectIndex( gl_DrawID ) ) * 2;
  vec4 a = texelFetch( lookInstances, ivec2( j % size, j / size ), 0 );
  vec4 b = texelFetch( lookInstances, ivec2( ( j + 1 ) % size, ( j + 1 ) / size ), 0 );
  // A quarter turn of the tile (the grain across the part): u' = v, v' = -u, as texture.rotation = PI / 2.
  vLookUv = ( a.z > 0.5 ? vec2( uv.y, - uv.x ) : uv ) + a.y * ${VARIANT_OFFSET};
  vLookLayer = a.x;
  vLookNormalScale = a.w;
  vLookPaint = b.rgb;
  vLookTint = b.a > 0.5 ? lookTints[ int( a.y ) ] : vec3( 1.0 );
}
#else
  vLookUv = uv;
  vLookLayer = 0.0;
  vLookNormalScale = 1.0;
  vLookPaint = vec3( 0.0 );
  vLookTint = vec3( 1.0 );
#endif
#ifdef USE_NORMALMAP
  // The tangent frame follows the same (possibly turned) texture coordinates.
  vNormalMapUv = vLookUv;
#endif
`

const FRAGMENT_PARS = /* glsl */ `
uniform highp sampler2DArray lookColor;
uniform highp sampler2DArray lookNormal;
uniform highp sampler2DArray lookSurface;
varying vec2 vLookUv;
flat varying float vLookLayer;
flat varying vec3 vLookPaint;
flat varying float vLookNormalScale;
flat varying vec3 vLookTint;
`

/** What shows besides paint plus paint times its share, in sRGB (as composePaint), then decoded. */
const FRAGMENT_COLOR = /* glsl */ `
vec4 lookTexel = texture( lookColor, vec3( vLookUv, vLookLayer ) );
diffuseColor.rgb *= vLookTint * sRGBTransferEOTF( vec4( min( lookTexel.rgb + lookTexel.a * vLookPaint, 1.0 ), 1.0 ) ).rgb;
`

const FRAGMENT_ROUGHNESS = /* glsl */ `
vec4 lookSurfaceTexel = texture( lookSurface, vec3( vLookUv, vLookLayer ) );
float roughnessFactor = roughness * lookSurfaceTexel.g;
`

const FRAGMENT_METALNESS = /* glsl */ `
float metalnessFactor = metalness * lookSurfaceTexel.b;
`

const FRAGMENT_NORMAL = /* glsl */ `
#ifdef USE_NORMALMAP_TANGENTSPACE
  vec3 mapN = texture( lookNormal, vec3( vLookUv, vLookLayer ) ).xyz * 2.0 - 1.0;
  mapN.xy *= normalScale * vLookNormalScale;
  normal = normalize( tbn * mapN );
#endif
`
