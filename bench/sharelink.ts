/**
 * Share link benchmark: how long a scene's link is, per prop and in all, and how long encoding and decoding
 * take. Pure Node, no browser.
 *
 * Scenes: the demo; the realistic 200-prop scene of the 2,000-character target (tests/domain/sharelink/
 * sceneFixtures.ts) with seeds as the app draws them (counting up from the scene's largest, see nextSeed in
 * src/domain/scene/addProp.ts), and with 31-bit random seeds for comparison (what the first builds drew, and
 * what a hand-edited file may carry); the same generator with 1,000 props; and 10,000 drums on a grid
 * (the prop limit, in a short link) to time the parse door on the largest scene a link may hold.
 *
 * varintColumns200Chars keeps the rejected first design on record: the same fields as byte-aligned
 * LEB128/zigzag varint columns, deflated. The bit-level columns of the real format beat it (style guide:
 * hand-written code only where a benchmark shows it is better, and keep that benchmark).
 */
import { deflateSync } from 'fflate'
import { familyOf } from '../src/domain/catalog'
import { demoScene } from '../src/domain/scene/demoScene'
import type { Scene } from '../src/domain/scene/types'
import { parseScene } from '../src/domain/schema/parseScene'
import { quantiseScene } from '../src/domain/sharelink/quantise'
import { decodeShareLink, encodeShareLink } from '../src/domain/sharelink/shareLink'
import { realistic1000, realistic200 } from '../tests/domain/sharelink/sceneFixtures'
import { median, round, type Figures, type Target } from './lib/benchmark'

export const name = 'sharelink'

export const targets: Record<string, Target> = {
  realistic200Chars: { max: 2000 },
}

const WARM_UP = 10
const RUNS = 25

/** Median of RUNS after WARM_UP, in ms. */
function timeMs(run: () => unknown): number {
  for (let i = 0; i < WARM_UP; i++) run()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    run()
    times.push(performance.now() - started)
  }
  return round(median(times), 2)
}

function measure(key: string, scene: Scene, timed = true): Figures {
  const link = encodeShareLink(scene)
  const decoded = decodeShareLink(link)
  if (!decoded.ok) throw new Error(`${key}: ${decoded.error.message}`)
  return {
    [`${key}Chars`]: link.length,
    [`${key}CharsPerProp`]: round(link.length / Math.max(1, scene.props.length), 2),
    ...(timed
      ? {
          [`${key}EncodeMs`]: timeMs(() => encodeShareLink(scene)),
          [`${key}DecodeMs`]: timeMs(() => decodeShareLink(link)),
        }
      : {}),
  }
}

/** The first design: every field as a LEB128 varint (zigzag if signed), column by column, then deflate. */
function varintColumnsChars(scene: Scene): number {
  const bytes: number[] = []
  const uint = (n: number) => {
    let v = n
    for (; v >= 0x80; v = Math.floor(v / 0x80)) bytes.push((v % 0x80) | 0x80)
    bytes.push(v)
  }
  const int = (n: number) => uint(n < 0 ? -2 * n - 1 : 2 * n)
  const text = (s: string) => {
    const data = new TextEncoder().encode(s)
    uint(data.length)
    bytes.push(...data)
  }
  const q = quantiseScene(scene)
  const steps = (v: number, per: number) => Math.round(v * per)
  const kinds = [...new Set(q.props.map((p) => p.kind))]
  text(q.name)
  text(q.scale.name)
  for (const v of [q.scale.ratio * 1000, q.base.widthMm * 10, q.base.depthMm * 10, q.base.thicknessMm * 10])
    uint(Math.round(v))
  uint(q.props.length)
  for (const p of q.props) uint(kinds.indexOf(p.kind))
  for (const p of q.props) int(steps(p.position.x, 10))
  for (const p of q.props) int(steps(p.position.z, 10))
  for (const p of q.props) int(steps(p.position.y, 100))
  for (const p of q.props) {
    const turn = p.rotation.x === 0 && p.rotation.z === 0 && steps(p.rotation.y, 10) % 150 === 0
    if (turn) int(steps(p.rotation.y, 10) / 150 + 100)
    else for (const a of [p.rotation.x, p.rotation.y, p.rotation.z]) int(steps(a, 10))
  }
  for (const p of q.props) {
    const specs = Object.entries(familyOf(p.kind)?.params ?? {})
    const changed = specs.filter(([n, s]) => p.params[n] !== s.default)
    uint(specs.reduce((mask, [n], i) => mask + (changed.some(([c]) => c === n) ? 2 ** i : 0), 0))
    for (const [n] of changed) int(steps(p.params[n] ?? 0, 100))
  }
  for (const p of q.props) uint(p.material.seed)
  for (const p of q.props) {
    const m = p.material
    const weathers = [m.rust, m.grime, m.chipping]
    uint(weathers.reduce<number>((f, w, i) => f + (w === undefined ? 0 : 2 ** i), 0) + (m.paint ? 8 : 0))
    for (const w of weathers) if (w !== undefined) uint(steps(w, 100))
    if (m.paint) uint(Number.parseInt(m.paint.slice(1), 16))
    uint(m.grain === undefined ? 0 : m.grain === 'length' ? 1 : 2)
  }
  for (const p of q.props) text(p.name ?? '')
  return 3 + Math.ceil((deflateSync(new Uint8Array(bytes), { level: 9 }).length * 4) / 3)
}

/** The most props a link may hold, cheaply: 10,000 drums on a 10 mm grid (a realistic one passes 64 KiB). */
function drumGrid(): Scene {
  const demo = demoScene()
  const drum = demo.props[4] as Scene['props'][number]
  const props = Array.from({ length: 10_000 }, (_, i) => ({
    ...drum,
    id: `d${i}`,
    position: { x: (i % 100) * 10 - 495, y: 0, z: Math.floor(i / 100) * 10 - 495 },
    material: { seed: i + 1, rust: 0.6 },
  }))
  return { ...demo, base: { widthMm: 1000, depthMm: 1000, thicknessMm: 12 }, props }
}

export async function run(): Promise<Figures> {
  return {
    ...measure('demo', demoScene()),
    ...measure('realistic200', realistic200('counter')),
    ...measure('realistic200RandomSeeds', realistic200(), false),
    varintColumns200Chars: varintColumnsChars(realistic200('counter')),
    ...measure('realistic1000', realistic1000('counter')),
    ...measure('realistic1000RandomSeeds', realistic1000(), false),
    ...measure('drumGrid10000', drumGrid()),
    // How much of that decode is the parse door (zod and the catalog checks) rather than the codec.
    drumGrid10000ParseSceneMs: timeMs(() => parseScene(JSON.parse(JSON.stringify(drumGrid())))),
  }
}
