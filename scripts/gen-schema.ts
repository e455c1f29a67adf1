/**
 * Writes public/scene.schema.json, the JSON Schema of the current scene format, from the zod schema that parseScene
 * uses, so editors and other tools can check a scene file. Run with `npm run schema`; a unit test fails
 * when the committed file is stale.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { SCENE_FORMAT_VERSION } from '../src/domain/scene/types'
import { sceneSchema } from '../src/domain/schema/sceneSchema'

export const SCHEMA_PATH = fileURLToPath(new URL('../public/scene.schema.json', import.meta.url))

/** The JSON Schema of the current scene format, as an object. */
export function sceneJsonSchema(): Record<string, unknown> {
  // The default `unrepresentable: 'throw'` is kept on purpose: a zod construct with no JSON Schema form
  // should stop the build here rather than silently widen the published schema.
  const { $schema, ...body } = z.toJSONSchema(sceneSchema, { target: 'draft-2020-12' })
  return {
    $schema,
    $id: 'scene.schema.json',
    title: `Diorama Builder scene, format ${SCENE_FORMAT_VERSION}`,
    description:
      `A diorama scene file (format ${SCENE_FORMAT_VERSION}). Lengths are model millimetres; angles are ` +
      'degrees. This schema checks the shape only: the app also checks that each prop kind exists, that its ' +
      'params are the ones the kind has and lie in its ranges, that a custom model (and only it) has a model, ' +
      'that each groupId names a group, that ids are unique and that props are within reach of the base. ' +
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
