import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../src/domain/schema/limits'
import { SCHEMA_PATH, sceneJsonSchema, sceneJsonSchemaText } from '../../scripts/gen-schema'

describe('public/scene.schema.json', () => {
  it('is what the generator makes from the zod scene schema (run `npm run schema` if not)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(sceneJsonSchemaText())
  })

  it('names itself and the format it describes', () => {
    const schema = sceneJsonSchema()
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'scene.schema.json',
      title: 'Diorama Builder scene, format 2',
      type: 'object',
      additionalProperties: false,
    })
    expect(schema.description).toEqual(expect.stringContaining('docs/scene-format.md'))
  })

  it('carries the format tag, version and limits', () => {
    const schema = sceneJsonSchema() as {
      properties: Record<string, Record<string, unknown>>
      required: string[]
    }
    expect(schema.properties.format).toEqual({ type: 'string', const: 'diorama-scene' })
    expect(schema.properties.version).toMatchObject({ const: 2 })
    expect(schema.properties.props).toMatchObject({ type: 'array', maxItems: LIMITS.maxProps })
    expect(schema.properties.groups).toMatchObject({ type: 'array', maxItems: LIMITS.maxGroups })
    expect(schema.properties.bookmarks).toMatchObject({ type: 'array', maxItems: LIMITS.maxBookmarks })
    expect(schema.properties.createdAt).toMatchObject({ type: 'string', format: 'date-time' })
    expect(schema.required.sort()).toEqual(
      [
        'base',
        'bookmarks',
        'createdAt',
        'format',
        'groups',
        'id',
        'name',
        'props',
        'scale',
        'updatedAt',
        'version',
      ].sort(),
    )
  })

  it("describes a prop's optional group, flags and model, and flags as true only", () => {
    const schema = sceneJsonSchema() as {
      properties: { props: { items: { properties: Record<string, unknown>; required: string[] } } }
    }
    const prop = schema.properties.props.items
    expect(prop.properties.locked).toMatchObject({ const: true })
    expect(prop.properties.hidden).toMatchObject({ const: true })
    expect(prop.properties.model).toMatchObject({ type: 'object', additionalProperties: false })
    for (const optional of ['groupId', 'locked', 'hidden', 'model'])
      expect(prop.required).not.toContain(optional)
  })
})
