import { block } from './balsa/block'
import { crate } from './balsa/crate'
import { door } from './balsa/door'
import { ladder } from './balsa/ladder'
import { openCrate } from './balsa/openCrate'
import { pallet } from './balsa/pallet'
import { picketFence } from './balsa/picketFence'
import { plankFloor } from './balsa/plankFloor'
import { plankWall } from './balsa/plankWall'
import { post } from './balsa/post'
import { sheet } from './balsa/sheet'
import { shelfUnit } from './balsa/shelfUnit'
import { stairs } from './balsa/stairs'
import { strip } from './balsa/strip'
import { table } from './balsa/table'
import { windowFrame } from './balsa/windowFrame'
import { crumpledRock } from './foil/crumpledRock'
import { duct } from './foil/duct'
import { flatSheet } from './foil/flatSheet'
import { roofing } from './foil/roofing'
import { brickWall } from './plaster/brickWall'
import { terrainSlab } from './plaster/terrainSlab'
import { rod } from './plastic/rod'
import { styreneSheet } from './plastic/styreneSheet'
import { tube } from './plastic/tube'
import { angleIron } from './rust/angleIron'
import { corrugatedSheet } from './rust/corrugatedSheet'
import { iBeam } from './rust/iBeam'
import { meshGrate } from './rust/meshGrate'
import { oilDrum } from './rust/oilDrum'
import { pipe } from './rust/pipe'
import { pipeRun } from './rust/pipeRun'
import { rivetedPlate } from './rust/rivetedPlate'
import { sign } from './rust/sign'
import { waterTank } from './rust/waterTank'
import type { MaterialKind, ParamSpec, PropFamily } from './types'

/**
 * Every prop family, in palette order: grouped by material (balsa, foil, rust, plaster, plastic), stock
 * first, then what is built from it. Adding a family is one file plus one line here. Saved scenes name a
 * family by its `kind`, never by its place in this list.
 */
export const FAMILIES: readonly PropFamily[] = [
  sheet,
  strip,
  post,
  block,
  plankFloor,
  plankWall,
  crate,
  openCrate,
  pallet,
  ladder,
  door,
  windowFrame,
  shelfUnit,
  table,
  picketFence,
  stairs,
  crumpledRock,
  flatSheet,
  duct,
  roofing,
  corrugatedSheet,
  iBeam,
  angleIron,
  pipe,
  pipeRun,
  oilDrum,
  waterTank,
  meshGrate,
  rivetedPlate,
  sign,
  brickWall,
  terrainSlab,
  rod,
  tube,
  styreneSheet,
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
