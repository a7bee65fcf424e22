import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { DataModuleError, defineData, formatPath, valueAt } from './define.ts'

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
