import { roundTo, vec3, type Vec3 } from './vec'

/**
 * Turns in the scene's convention, three.js's: Euler angles in degrees applied in XYZ order, so the matrix of
 * a rotation (x, y, z) is Rx · Ry · Rz. Row-major 3 x 3: [m11, m12, m13, m21, ..., m33].
 */
export type Mat3 = readonly [number, number, number, number, number, number, number, number, number]

const RAD = Math.PI / 180

/** The rotation matrix of Euler angles in degrees, XYZ order (three.js Matrix4.makeRotationFromEuler). */
export function rotationMatrix(r: Vec3): Mat3 {
  const [a, b] = [Math.cos(r.x * RAD), Math.sin(r.x * RAD)]
  const [c, d] = [Math.cos(r.y * RAD), Math.sin(r.y * RAD)]
  const [e, f] = [Math.cos(r.z * RAD), Math.sin(r.z * RAD)]
  return [
    c * e,
    -c * f,
    d,
    a * f + b * e * d,
    a * e - b * f * d,
    -b * c,
    b * f - a * e * d,
    b * e + a * f * d,
    a * c,
  ]
}

export const applyMatrix = (m: Mat3, v: Vec3): Vec3 =>
  vec3(
    m[0] * v.x + m[1] * v.y + m[2] * v.z,
    m[3] * v.x + m[4] * v.y + m[5] * v.z,
    m[6] * v.x + m[7] * v.y + m[8] * v.z,
  )

/** Euler angles in degrees, XYZ order, of a rotation matrix (three.js Euler.setFromRotationMatrix). */
export function eulerFromMatrix(m: Mat3): Vec3 {
  const m13 = Math.min(1, Math.max(-1, m[2]))
  const y = Math.asin(m13)
  const gimbal = Math.abs(m13) >= 0.9999999
  const x = gimbal ? Math.atan2(m[7], m[4]) : Math.atan2(-m[5], m[8])
  const z = gimbal ? 0 : Math.atan2(-m[1], m[0])
  return vec3(tidyDeg(x / RAD), tidyDeg(y / RAD), tidyDeg(z / RAD))
}

/** An angle in degrees brought into (-180, 180]; float dust below a millionth of a degree is dropped. */
export function normalizeDeg(deg: number): number {
  const turned = deg - 360 * Math.floor((deg + 180) / 360)
  return tidyDeg(turned === -180 ? 180 : turned)
}

const tidyDeg = (deg: number): number => {
  const t = roundTo(deg, 6)
  return t === -180 ? 180 : t
}

/**
 * A prop's rotation after the whole prop is turned by `deltaDeg` about the vertical (the world's y axis), as
 * the rotate gizmo and "rotate selection" turn it. With no tilt about x this is just y + delta; a tilted prop
 * (a drum on its side) needs the turn composed in front of its own: Ry(delta) · Rx · Ry · Rz.
 */
export function turnAboutY(rotation: Vec3, deltaDeg: number): Vec3 {
  if (rotation.x === 0) return vec3(0, normalizeDeg(rotation.y + deltaDeg), rotation.z)
  const [c, s] = [Math.cos(deltaDeg * RAD), Math.sin(deltaDeg * RAD)]
  const m = rotationMatrix(rotation)
  const turned: Mat3 = [
    c * m[0] + s * m[6],
    c * m[1] + s * m[7],
    c * m[2] + s * m[8],
    m[3],
    m[4],
    m[5],
    -s * m[0] + c * m[6],
    -s * m[1] + c * m[7],
    -s * m[2] + c * m[8],
  ]
  return eulerFromMatrix(turned)
}
