import { describe, expect, it } from 'vitest'
import { formatRemaining } from './format.ts'

describe('formatRemaining', () => {
  it('shows m:ss, rounding the countdown up', () => {
    expect(formatRemaining(600_000)).toBe('10:00')
    expect(formatRemaining(599_001)).toBe('10:00')
    expect(formatRemaining(599_000)).toBe('9:59')
    expect(formatRemaining(1)).toBe('0:01')
    expect(formatRemaining(0)).toBe('0:00')
  })

  it('shows overtime with a plus sign', () => {
    expect(formatRemaining(-999)).toBe('0:00')
    expect(formatRemaining(-1000)).toBe('+0:01')
    expect(formatRemaining(-83_000)).toBe('+1:23')
  })

  it('adds hours only when needed', () => {
    expect(formatRemaining(3_600_000)).toBe('1:00:00')
    expect(formatRemaining(-3_723_000)).toBe('+1:02:03')
  })
})
