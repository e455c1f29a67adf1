import { crate } from './balsa/crate'
import { plankFloor } from './balsa/plankFloor'
import { post } from './balsa/post'
import { strip } from './balsa/strip'
import { crumpledRock } from './foil/crumpledRock'
import { corrugatedSheet } from './rust/corrugatedSheet'
import { iBeam } from './rust/iBeam'
import { oilDrum } from './rust/oilDrum'
import { pipe } from './rust/pipe'
import type { MaterialKind, ParamSpec, PropFamily } from './types'

/** Every prop family, in palette order. Adding a family is one file plus one line here. */
export const FAMILIES: readonly PropFamily[] = [
  strip,
  plankFloor,
  post,
  crate,
  crumpledRock,
  oilDrum,
  corrugatedSheet,
  iBeam,
  pipe,
]

const byKind = new Map(FAMILIES.map((f) => [f.kind, f]))

export const familyOf = (kind: string): PropFamily | undefined => byKind.get(kind)

export const MATERIAL_LABELS: Record<MaterialKind, string> = {
  balsa: 'Balsa',
  foil: 'Foil',
  rust: 'Rusted metal',
  plaster: 'Plaster',
  plastic: 'Plastic',
}

export function defaultParams(family: PropFamily): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [name, spec] of Object.entries(family.params) as [string, ParamSpec][]) out[name] = spec.default
  return out
}
