import { describe, expect, it } from 'vitest'
import { boardPatch, emptyBoard, timerOf } from './board.ts'
import { idleTimer, MINUTE_MS } from './machine.ts'

describe('timer board', () => {
  it('gives an untouched timer its planned duration', () => {
    expect(timerOf(emptyBoard(), 'netvaerk-viden', 5 * MINUTE_MS)).toEqual(idleTimer(5 * MINUTE_MS))
  })

  it('patches only the timer acted on and remembers the last one started', () => {
    const board = { timers: { a: idleTimer(MINUTE_MS) }, lastStartedId: 'a' }
    const patch = boardPatch(board, 'b', { type: 'start' }, 1000, 5 * MINUTE_MS)
    expect(Object.keys(patch.timers ?? {})).toEqual(['b'])
    expect(patch.timers?.b?.startedAt).toBe(1000)
    expect(patch.lastStartedId).toBe('b')
  })

  it('does not move /timer when a timer is merely paused or resumed', () => {
    const board = { timers: {}, lastStartedId: 'a' }
    const started = boardPatch(board, 'b', { type: 'start' }, 1000, MINUTE_MS)
    const paused = boardPatch({ ...board, timers: started.timers ?? {} }, 'b', { type: 'pause' }, 2000, MINUTE_MS)
    expect(paused.lastStartedId).toBeUndefined()
  })
})
