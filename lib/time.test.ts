import { describe, expect, it } from 'vitest'
import { formatClock, formatClockRange, isClock, parseClock, parseIsoDate } from './time.ts'

describe('clock times', () => {
  it('reads the ways a Danish programme writes a time', () => {
    expect(parseClock('09.00')).toBe(9 * 60)
    expect(parseClock('9.45')).toBe(9 * 60 + 45)
    expect(parseClock('13:30')).toBe(13 * 60 + 30)
    expect(parseClock(' 0815 ')).toBe(8 * 60 + 15)
  })

  it('rejects what is no time of day, saying what it expected', () => {
    expect(() => parseClock('24.00')).toThrow(/hours 00–23/)
    expect(() => parseClock('09.60')).toThrow(/minutes 00–59/)
    expect(() => parseClock('ni')).toThrow(/expected e\.g\. "09\.00"/)
    expect(isClock('9.5')).toBe(false)
    expect(isClock('23.59')).toBe(true)
  })

  it('prints two-digit hours with a dot, wrapping past midnight', () => {
    expect(formatClock(9 * 60)).toBe('09.00')
    expect(formatClock(13 * 60 + 25)).toBe('13.25')
    expect(formatClock(24 * 60 + 5)).toBe('00.05')
    expect(formatClock(-10)).toBe('23.50')
  })

  it('prints ranges as the seed does, open-ended ones included', () => {
    expect(formatClockRange(parseClock('09.00'), parseClock('09.30'))).toBe('09.00 – 09.30')
    expect(formatClockRange(parseClock('13.30'))).toBe('13.30 –')
  })
})

describe('parseIsoDate', () => {
  it('rejects dates that do not exist', () => {
    expect(() => parseIsoDate('2019-02-30')).toThrow(/not a calendar date/)
    expect(() => parseIsoDate('2025-13-01')).toThrow(/not a calendar date/)
    expect(() => parseIsoDate('2025-00-10')).toThrow(/not a calendar date/)
    expect(() => parseIsoDate('22-02-2019')).toThrow(/YYYY-MM-DD/)
  })
})
