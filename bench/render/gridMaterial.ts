/**
 * drei's <Grid> as a plain three.js material, with the editor's settings (Baseboard.tsx): the same shader,
 * so the baseline pays for the same grid the editor draws.
 */
import * as THREE from 'three'

const VERTEX = /* glsl */ `
varying vec3 localPosition;
varying vec4 worldPosition;
void main() {
  localPosition = position.xzy;
  worldPosition = modelMatrix * vec4(localPosition, 1.0);
  gl_Position = projectionMatrix * viewMatrix * worldPosition;
}
`

const FRAGMENT = /* glsl */ `
varying vec3 localPosition;
varying vec4 worldPosition;
uniform vec3 worldCamProjPosition;
uniform float cellSize;
uniform float sectionSize;
uniform vec3 cellColor;
uniform vec3 sectionColor;
uniform float fadeDistance;
uniform float fadeStrength;
uniform float fadeFrom;
uniform float cellThickness;
uniform float sectionThickness;

float getGrid(float size, float thickness) {
  vec2 r = localPosition.xz / size;
  vec2 grid = abs(fract(r - 0.5) - 0.5) / fwidth(r);
  float line = min(grid.x, grid.y) + 1.0 - thickness;
  return 1.0 - min(line, 1.0);
}

void main() {
  float g1 = getGrid(cellSize, cellThickness);
  float g2 = getGrid(sectionSize, sectionThickness);
  vec3 from = worldCamProjPosition * vec3(fadeFrom);
  float dist = distance(from, worldPosition.xyz);
  float d = 1.0 - min(dist / fadeDistance, 1.0);
  vec3 color = mix(cellColor, sectionColor, min(1.0, sectionThickness * g2));
  gl_FragColor = vec4(color, (g1 + g2) * pow(d, fadeStrength));
  gl_FragColor.a = mix(0.75 * gl_FragColor.a, gl_FragColor.a, g2);
  if (gl_FragColor.a <= 0.0) discard;
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`

/** Camera distance (model mm) under which the editor shows the 1 mm lines. */
const FINE_GRID_DISTANCE_MM = 220

export function gridMaterial(): {
  material: THREE.ShaderMaterial
  follow(camera: THREE.Camera, plane: THREE.Object3D): void
} {
  const material = new THREE.ShaderMaterial({
    uniforms: {
      cellSize: { value: 1 },
      sectionSize: { value: 10 },
      fadeDistance: { value: 5000 },
      fadeStrength: { value: 0 },
      fadeFrom: { value: 1 },
      cellThickness: { value: 0 },
      sectionThickness: { value: 1 },
      cellColor: { value: new THREE.Color('#8c7a66') },
      sectionColor: { value: new THREE.Color('#a89580') },
      worldCamProjPosition: { value: new THREE.Vector3() },
    },
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    transparent: true,
    side: THREE.BackSide,
  })
  const up = new THREE.Vector3(0, 1, 0)
  const plane = new THREE.Plane()
  return {
    material,
    // What drei's Grid and the editor's Baseboard do each frame.
    follow(camera, object) {
      plane.setFromNormalAndCoplanarPoint(up, new THREE.Vector3()).applyMatrix4(object.matrixWorld)
      plane.projectPoint(camera.position, material.uniforms.worldCamProjPosition?.value as THREE.Vector3)
      const cell = material.uniforms.cellThickness
      if (cell) cell.value = camera.position.length() < FINE_GRID_DISTANCE_MM ? 0.6 : 0
    },
  }
}
