import { describe, expect, it } from 'vitest'
import { formatPath, invalid, issueLine } from '../../../src/domain/schema/errors'

describe('formatPath', () => {
  it('writes a path the way a reader would find the field', () => {
    expect(formatPath(['props', 3, 'position', 'x'])).toBe('props[3].position.x')
    expect(formatPath(['props', 0, 'params', 'lengthMm'])).toBe('props[0].params.lengthMm')
    expect(formatPath(['base'])).toBe('base')
    expect(formatPath([])).toBe('(scene)')
  })
})

describe('invalid', () => {
  it('sums up the first issue and counts the rest', () => {
    const issues = [
      { path: 'a', message: 'one' },
      { path: 'b', message: 'two' },
      { path: 'c', message: 'three' },
    ]
    expect(invalid(issues)).toEqual({ kind: 'invalid', summary: 'a: one (and 2 more)', issues })
    expect(invalid(issues.slice(0, 1)).summary).toBe('a: one')
    expect(invalid([]).summary).toBe('not a scene')
    expect(issueLine({ path: 'b', message: 'two' })).toBe('b: two')
  })
})
