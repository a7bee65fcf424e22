import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { DataModuleError, defineData, formatPath, lineOfValue, valueAt } from './define.ts'

describe('defineData', () => {
  const Schema = z.object({ items: z.array(z.object({ minutes: z.number().positive() })) })

  it('returns the parsed value', () => {
    expect(defineData(Schema, { items: [{ minutes: 5 }] })).toEqual({ items: [{ minutes: 5 }] })
  })

  it('throws every issue with its path and keeps the raw value', () => {
    const raw = { items: [{ minutes: 5 }, { minutes: -1 }, { minutes: 0 }] }
    let error: unknown
    try {
      defineData(Schema, raw)
    }
    catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(DataModuleError)
    const { issues, raw: kept, message } = error as DataModuleError
    expect(issues.map(issue => formatPath(issue.path))).toEqual(['items[1].minutes', 'items[2].minutes'])
    expect(kept).toBe(raw)
    expect(message).toMatch(/^items\[1\]\.minutes: /)
  })

  it('finds a value by its path', () => {
    expect(valueAt({ a: [{ b: 'x' }] }, ['a', 0, 'b'])).toBe('x')
    expect(valueAt({ a: 1 }, ['a', 'b'])).toBeUndefined()
  })
})

describe('lineOfValue', () => {
  const source = [
    'items: [',
    '  { id: \'a\', start: \'09.00\', minutes: 7 },',
    '  { id: \'b\', start: \'09.00\', minutes: 7 },',
    ']',
  ].join('\n')
  const raw = { items: [{ id: 'a', start: '09.00', minutes: 7 }, { id: 'b', start: '09.00', minutes: 7 }] }

  it('finds the line where the key holds the value, within the item of that id', () => {
    expect(lineOfValue(source, raw, ['items', 0, 'minutes'], 7)).toBe(2)
    expect(lineOfValue(source, raw, ['items', 1, 'start'], '09.00')).toBe(3)
  })

  it('falls back to the key when the value is missing, and gives up when neither is there', () => {
    expect(lineOfValue(source, raw, ['items', 1, 'title'], undefined)).toBeUndefined()
    expect(lineOfValue(source, raw, ['items', 1, 'minutes'], undefined)).toBe(3)
  })
})
