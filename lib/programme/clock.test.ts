import { describe, expect, it } from 'vitest'
import { seminarClock } from './clock.ts'

describe('seminarClock', () => {
  it('gives the local time of day on the seminar day', () => {
    expect(seminarClock(new Date(2019, 1, 22, 10, 5, 30).getTime(), '2019-02-22')).toBe(605.5)
  })

  it('is undefined on any other day', () => {
    expect(seminarClock(new Date(2019, 1, 21, 10, 5).getTime(), '2019-02-22')).toBeUndefined()
    expect(seminarClock(new Date(2024, 1, 22, 10, 5).getTime(), '2019-02-22')).toBeUndefined()
  })

  it('in a rehearsal starts at the given time on any day and runs on', () => {
    const since = new Date(2024, 5, 1, 20, 0).getTime()
    expect(seminarClock(since, '2019-02-22', { at: 605, sinceMs: since })).toBe(605)
    expect(seminarClock(since + 90_000, '2019-02-22', { at: 605, sinceMs: since })).toBe(606.5)
  })
})
