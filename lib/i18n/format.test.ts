import { describe, expect, it } from 'vitest'
import { formats } from './format.ts'

describe('formats', () => {
  it('writes dates, months and times of day in Danish whatever the machine\'s time zone', () => {
    const da = formats('da')
    expect(da.date('2019-02-22')).toBe('22. februar 2019')
    expect(da.month('2018-06')).toBe('juni 2018')
    expect(da.clock(9 * 60)).toBe('09.00')
    expect(da.clockRange(9 * 60, 9 * 60 + 30)).toBe('09.00 – 09.30')
    expect(da.clockRange(13 * 60 + 30)).toBe('13.30 –')
  })

  it('writes the network figures as the seed prints them', () => {
    const da = formats('da')
    expect(da.percent(611 / 1443)).toBe('42,3 %')
    expect(da.integer(1443)).toBe('1.443')
    expect(da.decimal(2.855)).toBe('2,86')
    expect(da.decimal(3)).toBe('3,00')
    expect(da.decimal(0.8274, 3)).toBe('0,827')
  })

  it('writes the same in English', () => {
    const en = formats('en')
    expect(en.date('2026-04-16')).toBe('16 April 2026')
    expect(en.month('2026-04')).toBe('April 2026')
    expect(en.clockRange(9 * 60, 24 * 60 + 15)).toBe('09:00 – 00:15')
    expect(en.percent(611 / 1443)).toBe('42.3%')
    expect(en.integer(1443)).toBe('1,443')
    expect(en.decimal(0.8274, 3)).toBe('0.827')
  })
})
