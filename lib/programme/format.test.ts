import { describe, expect, it } from 'vitest'
import { translator } from '../i18n/translate.ts'
import { formatScheduleDelta, parseRehearsalAt } from './format.ts'

describe('formatScheduleDelta', () => {
  it('says behind, ahead or on time in Danish', () => {
    expect(formatScheduleDelta(12, translator('da'))).toBe('12 min. bagud')
    expect(formatScheduleDelta(-5, translator('da'))).toBe('5 min. foran')
    expect(formatScheduleDelta(0, translator('da'))).toBe('Til tiden')
  })

  it('and in English', () => {
    expect(formatScheduleDelta(12, translator('en'))).toBe('12 min. behind')
    expect(formatScheduleDelta(-5, translator('en'))).toBe('5 min. ahead')
    expect(formatScheduleDelta(0, translator('en'))).toBe('On time')
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
