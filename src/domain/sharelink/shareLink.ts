import { deflateSync } from 'fflate'
import { err, type Result } from '../result'
import { SCENE_FORMAT_TAG, SCENE_FORMAT_VERSION, type Scene } from '../scene/types'
import type { SceneIssue } from '../schema/errors'
import { parseScene } from '../schema/parseScene'
import { fromBase64url, toBase64url } from './base64url'
import { LinkDamage } from './bitstream'
import { inflateAtMost } from './inflateAtMost'
import { readPayload } from './readPayload'
import { writePayload } from './writePayload'
import { quantiseScene, SHARED_SCENE_ID, SHARED_SCENE_TIME } from './quantise'

/**
 * A whole scene in a URL fragment: "d2." then base64url of the raw-DEFLATE-compressed payload
 * (writePayload.ts). docs/share-link.md specifies it; links of every released version must open forever
 * (tests/fixtures/links): "d1." links (no groups, bookmarks, flags or custom models) are still read.
 */
export const SHARE_LINK_VERSION = 2
/** The oldest link format this build reads. */
const OLDEST_LINK_VERSION = 1
/** A longer fragment is refused before anything is decoded. */
export const MAX_FRAGMENT_CHARS = 64 * 1024
/** Inflating stops here: a small link cannot make the app hold a huge payload. */
export const MAX_PAYLOAD_BYTES = 1024 * 1024

export interface ShareLinkError {
  /** 'newer': made by a newer app, update to open it. 'damaged': cut off, tampered with or not a link. */
  readonly kind: 'damaged' | 'newer'
  /** One sentence for the viewer, e.g. "This link is damaged: it ends too early." */
  readonly message: string
  /** When the scene inside was read but refused by `parseScene`: every reason, with its path. */
  readonly issues?: readonly SceneIssue[]
}

export interface DecodeOptions {
  /** Stamped as the scene's createdAt and updatedAt, which a link does not carry. Default SHARED_SCENE_TIME. */
  readonly now?: Date
}

/** "d" and the format version (no leading zero), then ".". */
const TAG = /^d([1-9]\d{0,8})\./

/** Whether a fragment is meant as a share link at all (the app may use other fragments). */
export const isShareLink = (fragment: string): boolean => TAG.test(fragment.replace(/^#/, ''))

/**
 * The link fragment (without '#') for a valid scene. Numbers are rounded to the link's steps, so the link
 * opens as `quantiseScene(scene)`. Throws only for a kind missing from kindIds.ts (a unit test prevents it).
 */
export function encodeShareLink(scene: Scene): string {
  const payload = writePayload(quantiseScene(scene))
  return `d${SHARE_LINK_VERSION}.${toBase64url(deflateSync(payload, { level: 9 }))}`
}

const damaged = (reason: string, issues?: readonly SceneIssue[]): ShareLinkError => ({
  kind: 'damaged',
  message: `This link is damaged: ${reason}.`,
  ...(issues ? { issues } : {}),
})

const newer = (what: string): ShareLinkError => ({
  kind: 'newer',
  message: `This link was made by a newer Diorama Builder (${what}). Update the app to open it.`,
})

/** The scene in a link, or why there is none. Never throws, whatever the input. */
export function decodeShareLink(
  fragment: string,
  options: DecodeOptions = {},
): Result<Scene, ShareLinkError> {
  try {
    return decode(fragment, options)
  } catch (e) {
    if (e instanceof LinkDamage) return err(e.newer ? newer(e.reason) : damaged(e.reason))
    return err(damaged('it cannot be read'))
  }
}

function decode(fragment: string, options: DecodeOptions): Result<Scene, ShareLinkError> {
  if (typeof fragment !== 'string') return err(damaged('it is not text'))
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment
  if (text.length > MAX_FRAGMENT_CHARS)
    return err(damaged(`it is longer than ${MAX_FRAGMENT_CHARS / 1024} KiB`))
  const tag = TAG.exec(text)
  if (!tag) return err(damaged('it is not a Diorama Builder scene link'))
  const version = Number(tag[1])
  if (version > SHARE_LINK_VERSION)
    return err(newer(`link format ${version}; this one reads up to format ${SHARE_LINK_VERSION}`))
  if (version < OLDEST_LINK_VERSION) return err(damaged(`link format ${version} does not exist`))

  const packed = fromBase64url(text.slice(tag[0].length))
  if (!packed) return err(damaged('it has characters a link cannot have'))
  let payload: Uint8Array | 'too-large'
  try {
    payload = inflateAtMost(packed, MAX_PAYLOAD_BYTES)
  } catch (e) {
    // fflate's code 0 is "unexpected end of data": the usual damage, a link cut short in a message.
    const cutOff = (e as { code?: unknown }).code === 0
    return err(damaged(cutOff ? 'it is cut off, so copy the whole link' : 'its compressed data is broken'))
  }
  if (payload === 'too-large')
    return err(damaged(`it unpacks to more than ${MAX_PAYLOAD_BYTES / 1024 / 1024} MiB`))

  const scene = readPayload(payload, version === 1 ? 1 : 2)
  const time = (options.now ?? new Date(SHARED_SCENE_TIME)).toISOString()
  const parsed = parseScene({
    format: SCENE_FORMAT_TAG,
    version: SCENE_FORMAT_VERSION,
    id: SHARED_SCENE_ID,
    name: scene.name,
    createdAt: time,
    updatedAt: time,
    scale: scene.scale,
    base: scene.base,
    props: scene.props,
    groups: scene.groups,
    bookmarks: scene.bookmarks,
  })
  return parsed.ok ? parsed : err(damaged(parsed.error.summary, parsed.error.issues))
}
