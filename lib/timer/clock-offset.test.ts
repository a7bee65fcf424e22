import { describe, expect, it } from 'vitest'
import { estimateOffset } from './clock-offset.ts'

describe('estimateOffset', () => {
  it('halves the round trip: a client 3 minutes slow gets +180 s', () => {
    const skew = -180_000
    // Real times: sent at 1000, server reads at 1020, answer back at 1040.
    const estimate = estimateOffset([{ sentAt: 1000 + skew, serverNow: 1020, receivedAt: 1040 + skew }])
    expect(estimate).toEqual({ offsetMs: 180_000, uncertaintyMs: 20 })
  })

  it('trusts the sample with the shortest round trip', () => {
    const estimate = estimateOffset([
      { sentAt: 0, serverNow: 5_400, receivedAt: 400 }, // slow answer, server read late
      { sentAt: 1000, serverNow: 6_010, receivedAt: 1020 },
      { sentAt: 2000, serverNow: 7_100, receivedAt: 2300 },
    ])
    expect(estimate?.offsetMs).toBe(5000)
  })

  it('ignores samples across a clock jump and gives up without samples', () => {
    expect(estimateOffset([{ sentAt: 1000, serverNow: 0, receivedAt: 900 }])).toBeUndefined()
    expect(estimateOffset([])).toBeUndefined()
  })
})
