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
      title: 'Diorama Builder scene, format 1',
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
    expect(schema.properties.version).toMatchObject({ const: 1 })
    expect(schema.properties.props).toMatchObject({ type: 'array', maxItems: LIMITS.maxProps })
    expect(schema.properties.createdAt).toMatchObject({ type: 'string', format: 'date-time' })
    expect(schema.required.sort()).toEqual(
      ['base', 'createdAt', 'format', 'id', 'name', 'props', 'scale', 'updatedAt', 'version'].sort(),
    )
  })
})
