import { paintBalsaEnd, paintBalsaSide } from './balsaPainter'
import { paintFoil } from './foilPainter'
import { type Layers, type LookPixels, toPixels } from './layers'
import { paintPlaster, paintPlastic } from './plasterPainter'
import { paintRust } from './rustPainter'
import { TEXTURE_SIZE, TEXTURE_TILE_MM, type Look } from './textures'
import { applyGrime, applyPaint, chips } from './weathering'

const WEATHER_SEED = 900

function base(look: Look, size: number): Layers {
  switch (look.surface) {
    case 'balsa-side':
      return paintBalsaSide(size)
    case 'balsa-end':
      return paintBalsaEnd(size)
    case 'rust':
      return paintRust(size, look.rust, look.painted, look.chipping)
    case 'foil':
      return paintFoil(size)
    case 'plaster':
      return paintPlaster(size)
    case 'plastic':
      return paintPlastic(size)
  }
}

/**
 * Paints one look's three maps. Pure and deterministic (fixed seeds per surface), so a shared scene looks the
 * same everywhere; runs in the texture worker, or on the main thread where workers are unavailable.
 */
export function paintLook(look: Look, size = TEXTURE_SIZE): LookPixels {
  const layers = base(look, size)
  // Rust paints its own coat: chips there rust, and rust runs stain the paint.
  if (look.painted && look.surface !== 'rust')
    applyPaint(layers, WEATHER_SEED, chips(size, WEATHER_SEED + 1, look.chipping))
  applyGrime(layers, WEATHER_SEED + 2, look.grime)
  return toPixels(layers, TEXTURE_TILE_MM / size)
}
