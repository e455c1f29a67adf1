import type { GrainDirection, MaterialOptions } from '../scene/types'
import { BitReader, BitWriter, LinkDamage } from './bitstream'
import { PER_WEATHER, toSteps } from './quantise'

/** A prop's material options without its seed: what most props of a kind share (rust 0.6, grain along). */
export type Finish = Omit<MaterialOptions, 'seed'>

const GRAINS: readonly (GrainDirection | undefined)[] = [undefined, 'length', 'width']
const WEATHERS = ['rust', 'grime', 'chipping'] as const

export const finishOf = ({ seed: _seed, ...finish }: MaterialOptions): Finish => finish

/** Equal finishes get equal keys (field order does not matter). */
export const finishKey = (f: Finish): string =>
  [f.rust, f.grime, f.chipping, f.paint, f.grain].map((v) => (v === undefined ? '' : String(v))).join('|')

/** Presence bits (rust, grime, chipping, paint), grain in 2 bits, then each present value. */
export function writeFinish(w: BitWriter, f: Finish): void {
  for (const name of WEATHERS) w.bit(f[name] !== undefined)
  w.bit(f.paint !== undefined)
  w.bits(GRAINS.indexOf(f.grain), 2)
  for (const name of WEATHERS) {
    const v = f[name]
    if (v !== undefined) w.bits(toSteps(v, PER_WEATHER), 7)
  }
  if (f.paint !== undefined) w.bits(Number.parseInt(f.paint.slice(1), 16), 24)
}

export function readFinish(r: BitReader): Finish {
  const present = WEATHERS.map(() => r.bit())
  const painted = r.bit()
  const grainCode = r.bits(2)
  if (grainCode >= GRAINS.length) throw new LinkDamage('a grain direction is unknown')
  const grain = GRAINS[grainCode]
  const out: { -readonly [K in keyof Finish]: Finish[K] } = {}
  WEATHERS.forEach((name, i) => {
    if (!present[i]) return
    const steps = r.bits(7)
    if (steps > PER_WEATHER) throw new LinkDamage(`a ${name} amount is over 100%`)
    out[name] = steps / PER_WEATHER
  })
  if (painted) out.paint = `#${r.bits(24).toString(16).padStart(6, '0')}`
  if (grain) out.grain = grain
  return out
}
