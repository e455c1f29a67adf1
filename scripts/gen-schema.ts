/**
 * Writes public/scene.schema.json, the JSON Schema of scene format v1, from the zod schema that parseScene
 * uses, so editors and other tools can check a scene file. Run with `npm run schema`; a unit test fails
 * when the committed file is stale.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { sceneSchemaV1 } from '../src/domain/schema/sceneSchema'

export const SCHEMA_PATH = fileURLToPath(new URL('../public/scene.schema.json', import.meta.url))

/** The JSON Schema of the current scene format, as an object. */
export function sceneJsonSchema(): Record<string, unknown> {
  // The default `unrepresentable: 'throw'` is kept on purpose: a zod construct with no JSON Schema form
  // should stop the build here rather than silently widen the published schema.
  const { $schema, ...body } = z.toJSONSchema(sceneSchemaV1, { target: 'draft-2020-12' })
  return {
    $schema,
    $id: 'scene.schema.json',
    title: 'Diorama Builder scene, format 1',
    description:
      'A diorama scene file (format 1). Lengths are model millimetres; angles are degrees. This schema checks ' +
      'the shape only: the app also checks that each prop kind exists, that its params are the ones the ' +
      'kind has and lie in its ranges, that prop ids are unique and that props are within reach of the base. ' +
      'See docs/scene-format.md.',
    ...body,
  }
}

/** The file's exact text: two-space JSON with a final newline. */
export const sceneJsonSchemaText = (): string => `${JSON.stringify(sceneJsonSchema(), null, 2)}\n`

// Writes the file only when run as a script, so the test can import the generator.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  writeFileSync(SCHEMA_PATH, sceneJsonSchemaText())
  console.log(`wrote ${SCHEMA_PATH}`)
}
