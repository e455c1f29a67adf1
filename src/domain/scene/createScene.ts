import { DEFAULT_SCALE, type ModelScale } from '../units/scale'
import { newId } from './ids'
import {
  DEFAULT_BASE,
  SCENE_FORMAT_TAG,
  SCENE_FORMAT_VERSION,
  type Baseboard,
  type Prop,
  type Scene,
} from './types'

export interface NewSceneOptions {
  readonly name?: string
  readonly scale?: ModelScale
  readonly base?: Baseboard
  readonly props?: readonly Prop[]
  readonly now?: Date
}

export function createScene(options: NewSceneOptions = {}): Scene {
  const when = (options.now ?? new Date()).toISOString()
  return {
    format: SCENE_FORMAT_TAG,
    version: SCENE_FORMAT_VERSION,
    id: newId('s'),
    name: options.name ?? 'Untitled diorama',
    createdAt: when,
    updatedAt: when,
    scale: options.scale ?? DEFAULT_SCALE,
    base: options.base ?? DEFAULT_BASE,
    props: options.props ?? [],
    groups: [],
    bookmarks: [],
  }
}
