import { describe, expect, it } from 'vitest'
import { demoScene } from '../../../src/domain/scene/demoScene'
import type { Scene } from '../../../src/domain/scene/types'
import type { SceneParseError } from '../../../src/domain/schema/errors'
import { LIMITS } from '../../../src/domain/schema/limits'
import { parseScene, parseSceneJson, type ParseResult } from '../../../src/domain/schema/parseScene'
import { demoWith, demoWithout, rawDemo } from '../../helpers/rawScene'

function accepted(result: ParseResult): Scene {
  if (!result.ok) throw new Error(`expected a scene, got: ${result.error.summary}`)
  return result.value
}

function refused(result: ParseResult): SceneParseError {
  if (result.ok) throw new Error('expected the scene to be refused')
  return result.error
}

/** The issue lines ("path: message") of a refused parse. */
const lines = (raw: unknown): string[] =>
  refused(parseScene(raw)).issues.map((i) => `${i.path}: ${i.message}`)

describe('parseScene: accepted scenes', () => {
  it('round-trips the demo scene through JSON unchanged', () => {
    expect(accepted(parseScene(JSON.parse(JSON.stringify(demoScene()))))).toEqual(demoScene())
  })

  it('gives a prop the family defaults for parameters the file leaves out', () => {
    // Prop 2 is a corrugated sheet that sets only its length and width.
    const scene = accepted(parseScene(demoWith(['props', 2, 'params'], { lengthMm: 50 })))
    expect(scene.props[2]?.params).toEqual({ lengthMm: 50, widthMm: 40, pitchMm: 1.8, depthMm: 0.4 })
  })

  it('fills every parameter when a prop has none', () => {
    const scene = accepted(parseScene(demoWith(['props', 4, 'params'], {})))
    expect(scene.props[4]?.params).toEqual({ diameterMm: 16.3, heightMm: 24.3 })
  })

  it('accepts a scene with no props', () => {
    expect(accepted(parseScene(demoWith(['props'], []))).props).toEqual([])
  })

  it('accepts exactly the prop limit', () => {
    const raw = rawDemo()
    const first = demoScene().props[0]
    raw.props = Array.from({ length: LIMITS.maxProps }, (_, i) => ({ ...first, id: `p${i}` }))
    expect(accepted(parseScene(raw)).props).toHaveLength(LIMITS.maxProps)
  })

  it('accepts positions at the edge of the base reach', () => {
    expect(parseScene(demoWith(['props', 0, 'position'], { x: 300, y: -12, z: -200 })).ok).toBe(true)
    expect(parseScene(demoWith(['props', 0, 'position'], { x: -300, y: 600, z: 200 })).ok).toBe(true)
  })
})

describe('parseScene: refused input, with path and message', () => {
  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a numeric string', '3'],
    ['null', null],
  ])('refuses %s as a coordinate', (_label, value) => {
    expect(lines(demoWith(['props', 3, 'position', 'x'], value))).toEqual([
      'props[3].position.x: expected a finite number',
    ])
  })

  it('puts the first issue in the summary', () => {
    const error = refused(parseScene(demoWith(['props', 3, 'position', 'x'], Number.NaN)))
    expect(error.kind).toBe('invalid')
    expect(error.summary).toBe('props[3].position.x: expected a finite number')
  })

  it('counts the further issues in the summary', () => {
    const raw = demoWith(['props', 3, 'position', 'x'], 'a')
    const props = raw.props as Record<string, unknown>[]
    props[5] = { ...props[5], rotation: { x: 0, y: 'b', z: 0 } }
    const error = refused(parseScene(raw))
    expect(error.issues.map((i) => i.path)).toEqual(['props[3].position.x', 'props[5].rotation.y'])
    expect(error.summary).toBe('props[3].position.x: expected a finite number (and 1 more)')
  })

  it('refuses a parameter that is not a finite number', () => {
    expect(lines(demoWith(['props', 0, 'params', 'lengthMm'], 'long'))).toEqual([
      'props[0].params.lengthMm: expected a finite number',
    ])
  })

  it('names one unknown field', () => {
    expect(lines(demoWith(['props', 3, 'colour'], 'red'))).toEqual(['props[3]: unknown field "colour"'])
  })

  it('names several unknown fields together', () => {
    const raw = demoWith(['props', 3, 'colour'], 'red')
    ;(raw.props as Record<string, unknown>[])[3] = { ...(raw.props as object[])[3], weight: 2 }
    expect(lines(raw)).toEqual(['props[3]: unknown fields "colour", "weight"'])
  })

  it('refuses unknown fields at every level', () => {
    expect(lines(demoWith(['extra'], 1))).toEqual(['(scene): unknown field "extra"'])
    expect(lines(demoWith(['base', 'heightMm'], 1))).toEqual(['base: unknown field "heightMm"'])
    expect(lines(demoWith(['props', 1, 'position', 'w'], 1))).toEqual([
      'props[1].position: unknown field "w"',
    ])
    expect(lines(demoWith(['props', 1, 'material', 'gloss'], 1))).toEqual([
      'props[1].material: unknown field "gloss"',
    ])
  })

  it.each<[string, (string | number)[], unknown, string]>([
    ['base too small', ['base', 'widthMm'], 9, 'base.widthMm: must be at least 10'],
    ['base too large', ['base', 'depthMm'], 5001, 'base.depthMm: must be at most 5000'],
    ['base too thin', ['base', 'thicknessMm'], 0.5, 'base.thicknessMm: must be at least 1'],
    ['base too thick', ['base', 'thicknessMm'], 101, 'base.thicknessMm: must be at most 100'],
    ['scale below 1:1', ['scale', 'ratio'], 0.5, 'scale.ratio: must be at least 1'],
    ['scale beyond 1:1000', ['scale', 'ratio'], 1001, 'scale.ratio: must be at most 1000'],
    [
      'rotation beyond a turn',
      ['props', 2, 'rotation', 'y'],
      400,
      'props[2].rotation.y: must be at most 360',
    ],
    [
      'rotation below a turn',
      ['props', 2, 'rotation', 'z'],
      -361,
      'props[2].rotation.z: must be at least -360',
    ],
    ['rust above 1', ['props', 4, 'material', 'rust'], 1.5, 'props[4].material.rust: must be at most 1'],
    ['grime below 0', ['props', 4, 'material', 'grime'], -0.1, 'props[4].material.grime: must be at least 0'],
    ['negative seed', ['props', 4, 'material', 'seed'], -1, 'props[4].material.seed: must be at least 0'],
    [
      'fractional seed',
      ['props', 4, 'material', 'seed'],
      1.5,
      'props[4].material.seed: expected a whole number',
    ],
    [
      'huge parameter',
      ['props', 0, 'params', 'lengthMm'],
      2e6,
      'props[0].params.lengthMm: must be at most 1000000',
    ],
  ])('refuses a number out of range: %s', (_label, path, value, line) => {
    expect(lines(demoWith(path, value))).toEqual([line])
  })

  it.each<[string, (string | number)[], unknown, string]>([
    ['empty scene name', ['name'], '', 'name: must not be empty'],
    ['overlong scene name', ['name'], 'x'.repeat(121), 'name: must be at most 120 characters'],
    ['empty prop name', ['props', 0, 'name'], '', 'props[0].name: must not be empty'],
    ['bad id', ['props', 0, 'id'], 'a b', 'props[0].id: expected an id of 1-40 letters, digits, "-" or "_"'],
    ['bad date', ['createdAt'], 'yesterday', 'createdAt: expected an ISO 8601 date-time'],
    [
      'bad colour',
      ['props', 0, 'material', 'paint'],
      'red',
      'props[0].material.paint: expected a colour like #8a3b12',
    ],
    [
      'bad grain',
      ['props', 0, 'material', 'grain'],
      'diagonal',
      'props[0].material.grain: expected "length" or "width"',
    ],
    [
      'other format tag',
      ['format'],
      'other-app',
      'format: not a Diorama Builder scene (expected "diorama-scene")',
    ],
  ])('refuses bad text: %s', (_label, path, value, line) => {
    expect(lines(demoWith(path, value))).toEqual([line])
  })

  it('reports a missing required field at its path', () => {
    expect(refused(parseScene(demoWithout(['props', 0, 'position']))).issues.map((i) => i.path)).toEqual([
      'props[0].position',
    ])
    expect(refused(parseScene(demoWithout(['base']))).issues.map((i) => i.path)).toEqual(['base'])
  })

  it('refuses an unknown prop kind', () => {
    expect(lines(demoWith(['props', 2, 'kind'], 'balsa.chair'))).toEqual([
      'props[2].kind: unknown prop kind "balsa.chair"',
    ])
  })

  it('refuses a parameter the family does not have, including inherited names', () => {
    expect(lines(demoWith(['props', 2, 'params', 'colour'], 3))).toEqual([
      'props[2].params.colour: "Corrugated sheet" has no parameter "colour"',
    ])
    expect(lines(demoWith(['props', 2, 'params', 'constructor'], 3))).toEqual([
      'props[2].params.constructor: "Corrugated sheet" has no parameter "constructor"',
    ])
  })

  it('refuses a parameter name that is not an identifier', () => {
    expect(lines(demoWith(['props', 0, 'params', 'length-mm'], 3))).toEqual([
      'props[0].params.length-mm: expected a parameter name',
    ])
  })

  it('refuses a parameter outside its family range', () => {
    expect(lines(demoWith(['props', 2, 'params', 'lengthMm'], 4))).toEqual([
      'props[2].params.lengthMm: must be at least 5',
    ])
    expect(lines(demoWith(['props', 2, 'params', 'lengthMm'], 1000.5))).toEqual([
      'props[2].params.lengthMm: must be at most 1000',
    ])
    expect(lines(demoWith(['props', 14, 'params', 'crumple'], 1.2))).toEqual([
      'props[14].params.crumple: must be at most 1',
    ])
  })

  it('refuses duplicate prop ids at the later prop', () => {
    expect(lines(demoWith(['props', 5, 'id'], 'demo-wall-1'))).toEqual([
      'props[5].id: duplicate id "demo-wall-1"',
    ])
  })

  it.each<[string, 'x' | 'y' | 'z', number, string]>([
    ['right of the base', 'x', 300.5, "props[2].position.x: out of the base's reach (-300 to 300 mm)"],
    ['left of the base', 'x', -301, "props[2].position.x: out of the base's reach (-300 to 300 mm)"],
    ['behind the base', 'z', -250, "props[2].position.z: out of the base's reach (-200 to 200 mm)"],
    ['under the base', 'y', -13, "props[2].position.y: out of the base's reach (-12 to 600 mm)"],
    ['far above the base', 'y', 601, "props[2].position.y: out of the base's reach (-12 to 600 mm)"],
  ])('refuses a prop %s', (_label, axis, value, line) => {
    expect(lines(demoWith(['props', 2, 'position', axis], value))).toEqual([line])
  })

  it('refuses more than the prop limit', () => {
    const raw = rawDemo()
    const first = demoScene().props[0]
    raw.props = Array.from({ length: LIMITS.maxProps + 1 }, (_, i) => ({ ...first, id: `p${i}` }))
    const error = refused(parseScene(raw))
    expect(error.kind).toBe('invalid')
    expect(error.issues).toContainEqual({ path: 'props', message: 'at most 10000 props' })
  })

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'scene'],
    ['a number', 42],
    ['undefined', undefined],
  ])('refuses %s as a scene', (_label, raw) => {
    expect(refused(parseScene(raw))).toEqual({
      kind: 'invalid',
      summary: '(scene): expected a scene object',
      issues: [{ path: '(scene)', message: 'expected a scene object' }],
    })
  })

  it.each([
    ['missing', undefined],
    ['text', '1'],
    ['fractional', 1.5],
    ['negative', -1],
  ])('refuses a %s version', (_label, version) => {
    const raw = version === undefined ? demoWithout(['version']) : demoWith(['version'], version)
    expect(lines(raw)).toEqual(['version: expected a whole format version number'])
  })
})

describe('parseScene: newer formats', () => {
  it('refuses a newer format as "newer" with a message that says what to do', () => {
    const error = refused(parseScene(demoWith(['version'], 3)))
    expect(error.kind).toBe('newer')
    expect(error.summary).toBe(
      'This scene was saved by a newer Diorama Builder (format 3); this one reads up to format 2. Update the app to open it.',
    )
    expect(error.issues).toEqual([{ path: 'version', message: error.summary }])
  })

  it('refuses a newer format before looking at its content', () => {
    // A future format may look nothing like this one: never half-load it or report its fields as damage.
    expect(refused(parseScene({ version: 7, everything: 'different' })).kind).toBe('newer')
  })
})

describe('parseScene: prototype pollution', () => {
  const polluted = () => (Object.prototype as Record<string, unknown>).polluted

  it('refuses a top-level "__proto__" key as an unknown field and leaves Object.prototype alone', () => {
    const text = JSON.stringify(demoScene()).replace('{"format"', '{"__proto__":{"polluted":1},"format"')
    expect(lines(JSON.parse(text))).toEqual(['(scene): unknown field "__proto__"'])
    expect(polluted()).toBeUndefined()
  })

  it('refuses a "__proto__" key inside a prop', () => {
    const text = JSON.stringify(demoScene()).replace(
      '{"id":"demo-floor"',
      '{"__proto__":{"polluted":1},"id":"demo-floor"',
    )
    expect(lines(JSON.parse(text))).toEqual(['props[0]: unknown field "__proto__"'])
    expect(polluted()).toBeUndefined()
  })

  it('drops a "__proto__" parameter without it reaching any prototype', () => {
    const text = JSON.stringify(demoScene()).replace(
      '"lengthMm":150',
      '"__proto__":{"polluted":1},"lengthMm":150',
    )
    const raw: unknown = JSON.parse(text)
    const scene = accepted(parseScene(raw))
    const params = scene.props[0]?.params ?? {}
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype)
    expect(Object.hasOwn(params, '__proto__')).toBe(false)
    expect(params).toEqual(demoScene().props[0]?.params)
    expect(polluted()).toBeUndefined()
  })
})

describe('parseSceneJson', () => {
  it('parses a scene from text', () => {
    expect(accepted(parseSceneJson(JSON.stringify(demoScene())))).toEqual(demoScene())
  })

  it('reports invalid JSON as damage to the file, never throwing', () => {
    const error = refused(parseSceneJson('{"format": "diorama-scene",'))
    expect(error.kind).toBe('invalid')
    expect(error.issues).toHaveLength(1)
    expect(error.issues[0]?.path).toBe('(file)')
    expect(error.issues[0]?.message).toMatch(/^not valid JSON \(.+\)$/)
    expect(error.summary).toBe(`(file): ${error.issues[0]?.message}`)
  })

  it('reports empty text as invalid JSON', () => {
    expect(refused(parseSceneJson('')).issues[0]?.message).toMatch(/^not valid JSON/)
  })

  it('passes valid JSON that is not a scene on to the scene checks', () => {
    expect(refused(parseSceneJson('[1, 2, 3]')).summary).toBe('(scene): expected a scene object')
  })

  it('refuses text over the size limit before parsing it', () => {
    const text = ' '.repeat(LIMITS.maxJsonChars + 1)
    expect(refused(parseSceneJson(text)).issues).toEqual([{ path: '(file)', message: 'larger than 20 MB' }])
  })
})

describe('parseScene: groups, flags, bookmarks and custom models (format 2)', () => {
  const model = { id: 'a3f1c9e0', name: 'Car.glb', sizeMm: { x: 100, y: 40, z: 45 } }
  const car = {
    id: 'p-car',
    kind: 'custom.model',
    params: {},
    position: { x: 0, y: 0, z: 0 },
    rotation: { x: 0, y: 0, z: 0 },
    material: { seed: 1 },
    model,
  }
  const withProp = (prop: object) => {
    const raw = rawDemo()
    raw.props = [...(raw.props as object[]), prop]
    return raw
  }
  const bookmark = {
    id: 'b-1',
    name: 'Front',
    projection: 'perspective',
    position: { x: 0, y: 100, z: 300 },
    target: { x: 0, y: 0, z: 0 },
  }

  it('accepts a custom model with empty params, a group, flags and bookmarks', () => {
    const raw = withProp({ ...car, groupId: 'g-1', locked: true, hidden: true })
    raw.groups = [{ id: 'g-1', name: 'Vehicles' }]
    raw.bookmarks = [bookmark, { ...bookmark, id: 'b-2', projection: 'orthographic', zoom: 2.5 }]
    const scene = accepted(parseScene(raw))
    expect(scene.props.at(-1)).toEqual({ ...car, groupId: 'g-1', locked: true, hidden: true })
    expect(scene.bookmarks).toHaveLength(2)
  })

  it.each([
    [
      'a custom model without its model',
      { ...car, model: undefined },
      'props[16].model: missing: a custom model needs its model',
    ],
    [
      'a custom model with parameters',
      { ...car, params: { lengthMm: 10 } },
      'props[16].params.lengthMm: a custom model has no parameter "lengthMm"',
    ],
    [
      'a model on a catalog prop',
      { ...car, kind: 'rust.oil-drum' },
      'props[16].model: only a custom model ("custom.model") has a model',
    ],
    [
      'a group that does not exist',
      { ...car, groupId: 'g-9' },
      'props[16].groupId: no group "g-9" in groups',
    ],
    [
      'locked: false',
      { ...car, locked: false },
      'props[16].locked: expected true (leave the field out when not locked)',
    ],
    [
      'hidden: "yes"',
      { ...car, hidden: 'yes' },
      'props[16].hidden: expected true (leave the field out when not hidden)',
    ],
    [
      'a model of no size',
      { ...car, model: { ...model, sizeMm: { x: 0, y: 1, z: 1 } } },
      'props[16].model.sizeMm.x: must be at least 0.01',
    ],
    [
      'a model hash with a slash',
      { ...car, model: { ...model, id: 'ab/cd' } },
      'props[16].model.id: expected a content hash of 1-128 letters, digits, "-" or "_"',
    ],
    [
      'a model with an extra field',
      { ...car, model: { ...model, url: 'x' } },
      'props[16].model: unknown field "url"',
    ],
  ])('refuses %s', (_, prop, line) => {
    const raw = withProp(prop)
    raw.groups = []
    expect(lines(raw)).toEqual([line])
  })

  it('refuses duplicate group and bookmark ids, and groups and bookmarks beyond their limits', () => {
    expect(
      lines(
        demoWith(
          ['groups'],
          [
            { id: 'g', name: 'A' },
            { id: 'g', name: 'B' },
          ],
        ),
      ),
    ).toEqual(['groups[1].id: duplicate id "g"'])
    expect(lines(demoWith(['bookmarks'], [bookmark, bookmark]))).toEqual([
      'bookmarks[1].id: duplicate id "b-1"',
    ])
    const groups = Array.from({ length: LIMITS.maxGroups + 1 }, (_, i) => ({ id: `g${i}`, name: 'G' }))
    expect(lines(demoWith(['groups'], groups))).toEqual([`groups: at most ${LIMITS.maxGroups} groups`])
    const marks = Array.from({ length: LIMITS.maxBookmarks + 1 }, (_, i) => ({ ...bookmark, id: `b${i}` }))
    expect(lines(demoWith(['bookmarks'], marks))).toEqual([
      `bookmarks: at most ${LIMITS.maxBookmarks} bookmarks`,
    ])
  })

  it('refuses a bad bookmark with its path', () => {
    expect(lines(demoWith(['bookmarks'], [{ ...bookmark, projection: 'fisheye' }]))).toEqual([
      'bookmarks[0].projection: expected "perspective" or "orthographic"',
    ])
    expect(lines(demoWith(['bookmarks'], [{ ...bookmark, zoom: 0 }]))).toEqual([
      'bookmarks[0].zoom: must be at least 0.01',
    ])
    expect(lines(demoWith(['bookmarks'], [{ ...bookmark, name: 'x'.repeat(81) }]))).toEqual([
      'bookmarks[0].name: must be at most 80 characters',
    ])
  })

  it('requires groups and bookmarks in a format 2 file', () => {
    expect(lines(demoWithout(['groups']))).toEqual(['groups: missing'])
  })
})
