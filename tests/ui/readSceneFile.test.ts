import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { demoScene } from '../../src/domain/scene/demoScene'
import { readSceneFile } from '../../src/ui/readSceneFile'

/** A file whose whole-content reads are counted: a refused file must not be read whole. */
function watched(parts: BlobPart[], name: string) {
  const file = new File(parts, name)
  const text = vi.spyOn(file, 'text')
  const arrayBuffer = vi.spyOn(file, 'arrayBuffer')
  return { file, wholeReads: () => text.mock.calls.length + arrayBuffer.mock.calls.length }
}

describe('readSceneFile', () => {
  it('refuses a 50 MB file from its size, without reading it', async () => {
    const { file, wholeReads } = watched([new Uint8Array(50 * 1024 * 1024).fill(123)], 'huge.diorama.json')
    const read = await readSceneFile(file)
    expect(read).toMatchObject({ ok: false })
    expect(!read.ok && read.text).toContain('at 50 MB it is larger than a scene file can be (20 MB)')
    expect(wholeReads()).toBe(0)
  })

  it('refuses a picture named like a scene after its first bytes', async () => {
    const { file, wholeReads } = watched([readFileSync('public/icon-512.png')], 'photo.diorama.json')
    const read = await readSceneFile(file)
    expect(!read.ok && read.text).toBe(
      'Could not open "photo.diorama.json": it is not a scene file (those are .diorama.json text files). Your current scene is unchanged.',
    )
    expect(wholeReads()).toBe(0)
  })

  it('refuses JSON that is not a scene with the parser’s reasons', async () => {
    const read = await readSceneFile(new File(['  {"hello": "world"}'], 'other.json'))
    expect(read.ok).toBe(false)
    expect(!read.ok && read.details?.length).toBeGreaterThan(0)
  })

  it('opens a scene file', async () => {
    const scene = demoScene()
    const read = await readSceneFile(new File([JSON.stringify(scene)], 'demo.diorama.json'))
    expect(read.ok && read.scene.props.length).toBe(scene.props.length)
  })
})
