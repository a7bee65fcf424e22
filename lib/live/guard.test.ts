import { describe, expect, it } from 'vitest'
import { checkJsonBody, forbiddenPath } from './guard.ts'

describe('checkJsonBody', () => {
  it('accepts plain JSON', () => {
    expect(checkJsonBody('{"type":"timer.start","timerId":"a"}')).toEqual({ ok: true, value: { type: 'timer.start', timerId: 'a' } })
  })

  it.each([
    ['', 'expected JSON, got nothing'],
    ['{not json', 'expected JSON'],
    ['{"a":{"__proto__":{"polluted":1}}}', '$.a.__proto__'],
    ['{"constructor":{"prototype":{"x":1}}}', '$.constructor'],
    ['[{"ok":1},{"prototype":1}]', '$.1.prototype'],
    ['{"patch":{"__proto__.ssr":1}}', '$.patch["__proto__.ssr"]'],
  ])('refuses %j', (body, reason) => {
    const result = checkJsonBody(body)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain(reason)
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('refuses bodies nested past any state of ours', () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`
    expect(checkJsonBody(deep)).toMatchObject({ ok: false, status: 400 })
  })
})

describe('forbiddenPath', () => {
  it('finds nothing in clean data', () => {
    expect(forbiddenPath({ a: [1, { b: 'constructor' }], c: null })).toBeUndefined()
  })
})
