import { describe, expect, it } from 'vitest'
import { mergePatch } from './merge-patch.ts'

describe('mergePatch', () => {
  it('merges nested objects key by key and replaces everything else', () => {
    const target = { timers: { a: { status: 'idle', n: 1 }, b: { status: 'running', n: 2 } }, last: 'a' as string | null, list: [1, 2] }
    mergePatch(target, { timers: { b: { status: 'paused' } }, last: null, list: [3] })
    expect(target).toEqual({ timers: { a: { status: 'idle', n: 1 }, b: { status: 'paused', n: 2 } }, last: null, list: [3] })
  })

  it('copies new objects instead of sharing them with the patch', () => {
    const target: { timers: Record<string, { n: number }> } = { timers: {} }
    const patch = { timers: { c: { n: 3 } } }
    mergePatch(target, patch)
    patch.timers.c.n = 4
    expect(target.timers.c?.n).toBe(3)
  })
})
