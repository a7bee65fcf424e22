import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { idleTimer, MINUTE_MS, phaseOf, remainingMs, remainingShare, timerStatus, transition, type TimerAction, type TimerState } from './machine.ts'

/** A fake clock: actions happen at explicit instants, nothing ticks. */
function run(steps: Array<[at: number, action: TimerAction]>, start: TimerState = idleTimer(10 * MINUTE_MS)): TimerState {
  return steps.reduce((state, [at, action]) => transition(state, action, at), start)
}

const T0 = 1_700_000_000_000

describe('timer state machine', () => {
  it('is idle with the full duration before it starts', () => {
    const timer = idleTimer(10 * MINUTE_MS)
    expect(timerStatus(timer, T0)).toBe('idle')
    expect(remainingMs(timer, T0 + 5 * MINUTE_MS)).toBe(10 * MINUTE_MS)
  })

  it('counts down from the wall clock while running', () => {
    const timer = run([[T0, { type: 'start' }]])
    expect(timerStatus(timer, T0 + 1)).toBe('running')
    expect(remainingMs(timer, T0 + 61_500)).toBe(10 * MINUTE_MS - 61_500)
  })

  it('freezes the remaining time while paused and excludes the pause after resume', () => {
    const paused = run([[T0, { type: 'start' }], [T0 + 60_000, { type: 'pause' }]])
    expect(timerStatus(paused, T0 + 500_000)).toBe('paused')
    expect(remainingMs(paused, T0 + 500_000)).toBe(9 * MINUTE_MS)
    const resumed = transition(paused, { type: 'resume' }, T0 + 180_000)
    expect(remainingMs(resumed, T0 + 190_000)).toBe(9 * MINUTE_MS - 10_000)
  })

  it('treats start on a paused timer as resume and ignores start while running', () => {
    const paused = run([[T0, { type: 'start' }], [T0 + 1000, { type: 'pause' }]])
    expect(transition(paused, { type: 'start' }, T0 + 5000)).toEqual(transition(paused, { type: 'resume' }, T0 + 5000))
    const running = run([[T0, { type: 'start' }]])
    expect(transition(running, { type: 'start' }, T0 + 5000)).toBe(running)
  })

  it('finishes at zero and runs into overtime with a negative remaining time', () => {
    const timer = run([[T0, { type: 'start' }]])
    expect(timerStatus(timer, T0 + 10 * MINUTE_MS - 1)).toBe('running')
    expect(timerStatus(timer, T0 + 10 * MINUTE_MS)).toBe('finished')
    expect(remainingMs(timer, T0 + 11 * MINUTE_MS + 23_000)).toBe(-83_000)
    expect(phaseOf(timer, T0 + 11 * MINUTE_MS)).toBe('overtime')
  })

  it('adds a minute in any state, and reset restores the plan', () => {
    const timer = run([[T0, { type: 'start' }], [T0 + 1000, { type: 'addMinute' }]])
    expect(remainingMs(timer, T0 + 1000)).toBe(11 * MINUTE_MS - 1000)
    expect(timerStatus(timer, T0 + 11.5 * MINUTE_MS)).toBe('finished')
    const overtime = transition(timer, { type: 'addMinute' }, T0 + 11.5 * MINUTE_MS)
    expect(timerStatus(overtime, T0 + 11.5 * MINUTE_MS)).toBe('running')
    expect(remainingMs(overtime, T0 + 11.5 * MINUTE_MS)).toBe(30_000)
    const reset = transition(overtime, { type: 'reset' }, T0 + 13 * MINUTE_MS)
    expect(reset).toEqual(idleTimer(10 * MINUTE_MS))
  })

  it('sets a new duration and rejects a duration that is not positive', () => {
    const timer = run([[T0, { type: 'start' }], [T0 + 1000, { type: 'setDuration', durationMs: 5 * MINUTE_MS }]])
    expect(remainingMs(timer, T0 + 60_000)).toBe(4 * MINUTE_MS)
    expect(() => transition(timer, { type: 'setDuration', durationMs: 0 }, T0)).toThrow(RangeError)
    expect(() => idleTimer(Number.NaN)).toThrow(/positive/)
  })

  it('turns amber at 20 % left and red at 5 % left', () => {
    const timer = run([[T0, { type: 'start' }]])
    expect(phaseOf(timer, T0 + 8 * MINUTE_MS - 1)).toBe('normal')
    expect(phaseOf(timer, T0 + 8 * MINUTE_MS)).toBe('warning')
    expect(phaseOf(timer, T0 + 9.5 * MINUTE_MS - 1)).toBe('warning')
    expect(phaseOf(timer, T0 + 9.5 * MINUTE_MS)).toBe('critical')
    expect(remainingShare(timer, T0 + 5 * MINUTE_MS)).toBe(0.5)
    expect(remainingShare(timer, T0 + 20 * MINUTE_MS)).toBe(0)
  })

  it('never loses or invents time: remaining = total − running time, for any sequence of actions', () => {
    const action = fc.constantFrom<TimerAction>({ type: 'start' }, { type: 'pause' }, { type: 'resume' }, { type: 'addMinute' })
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 120_000 }), action), { maxLength: 30 }), (steps) => {
      let now = T0
      let state = idleTimer(10 * MINUTE_MS)
      let running = false
      let runningMs = 0
      let added = 0
      for (const [gap, act] of steps) {
        if (running)
          runningMs += gap
        now += gap
        state = transition(state, act, now)
        if (act.type === 'addMinute')
          added += MINUTE_MS
        running = state.status === 'running'
      }
      expect(remainingMs(state, now)).toBe(10 * MINUTE_MS + added - runningMs)
    }))
  })
})
