/** A modelling scale: 1:ratio. The name says what the scale is used for ("1:35 military"). */
export interface ModelScale {
  readonly ratio: number
  readonly name: string
}

/** Figure heights follow a 1.75 m person, as in shared/reference/scales-and-stock.md. */
export const FIGURE_HEIGHT_MM = 1750

export const SCALE_PRESETS: readonly ModelScale[] = [
  { ratio: 6, name: '1:6 action figure' },
  { ratio: 12, name: '1:12 dollhouse' },
  { ratio: 16, name: '1:16 large figures' },
  { ratio: 22.5, name: '1:22.5 G scale' },
  { ratio: 24, name: '1:24 half-scale dollhouse' },
  { ratio: 32, name: '1:32 gauge 1' },
  { ratio: 35, name: '1:35 military' },
  { ratio: 43.5, name: '1:43.5 O scale (UK)' },
  { ratio: 48, name: '1:48 O scale (US)' },
  { ratio: 56, name: '1:56 28 mm wargaming' },
  { ratio: 64, name: '1:64 S scale' },
  { ratio: 72, name: '1:72 aircraft and armour' },
  { ratio: 76.2, name: '1:76.2 OO' },
  { ratio: 87.1, name: '1:87 HO' },
  { ratio: 120, name: '1:120 TT' },
  { ratio: 144, name: '1:144 micro' },
  { ratio: 160, name: '1:160 N' },
  { ratio: 220, name: '1:220 Z' },
]

export const DEFAULT_SCALE: ModelScale = { ratio: 35, name: '1:35 military' }

/** Model millimetres on the bench -> millimetres in the real world. */
export const toPrototypeMm = (modelMm: number, scale: ModelScale): number => modelMm * scale.ratio
/** Real-world millimetres -> model millimetres on the bench. */
export const toModelMm = (prototypeMm: number, scale: ModelScale): number => prototypeMm / scale.ratio

export const figureHeightMm = (scale: ModelScale): number => toModelMm(FIGURE_HEIGHT_MM, scale)
