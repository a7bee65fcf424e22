import { describe, expect, it } from 'vitest'
import { formatScheduleDelta, parseRehearsalAt } from './format.ts'

describe('formatScheduleDelta', () => {
  it('says behind, ahead or on time in Danish', () => {
    expect(formatScheduleDelta(12)).toBe('12 min. bagud')
    expect(formatScheduleDelta(-5)).toBe('5 min. foran')
    expect(formatScheduleDelta(0)).toBe('Til tiden')
  })
})

describe('parseRehearsalAt', () => {
  it('reads a clock from the URL or the headmatter', () => {
    expect(parseRehearsalAt('10.05')).toBe(605)
    expect(parseRehearsalAt('9:30')).toBe(570)
    expect(parseRehearsalAt(10.05)).toBe(605)
    expect(parseRehearsalAt(9.3)).toBe(570)
  })

  it('ignores anything else', () => {
    expect(parseRehearsalAt('soon')).toBeUndefined()
    expect(parseRehearsalAt('25.00')).toBeUndefined()
    expect(parseRehearsalAt(null)).toBeUndefined()
    expect(parseRehearsalAt(undefined)).toBeUndefined()
  })
})
