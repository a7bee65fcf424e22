import { describe, expect, it } from 'vitest'
import { buildSchedule } from '../programme/schedule.ts'
import { applyCommand, type LiveDeck } from './apply.ts'
import { parseCommand, type Command } from './commands.ts'
import { mayRun } from './access.ts'
import { defaultLiveState, LiveStateSchemas, type LiveState } from './state.ts'

const deck: LiveDeck = {
  timers: new Map([
    ['round-1', { plannedMs: 600_000, next: 'round-2' }],
    ['round-2', { plannedMs: 300_000 }],
  ]),
  schedule: buildSchedule({
    headings: [],
    items: [
      { id: 'welcome', start: '09.00', end: '09.30', title: 'Velkommen' },
      { id: 'talk', start: '09.45', end: '10.30', title: 'Oplæg' },
    ],
  } as never, 'Pause'),
  seminarDate: '2019-02-22',
}

function run(state: LiveState, command: Command, now = 1_000_000): LiveState {
  const result = applyCommand(state, command, now, deck)
  if (!result.ok)
    throw new Error(result.reason)
  return result.state
}

describe('applyCommand: timers', () => {
  it('starts a timer with the deck\'s planned length and the server\'s instant', () => {
    const state = run(defaultLiveState(), { type: 'timer.start', timerId: 'round-1' }, 5_000)
    expect(state.timers.timers['round-1']).toMatchObject({ status: 'running', durationMs: 600_000, startedAt: 5_000 })
    expect(state.timers.lastStartedId).toBe('round-1')
  })

  it('moves a round on: pauses this question, starts the next', () => {
    let state = run(defaultLiveState(), { type: 'timer.start', timerId: 'round-1' }, 0)
    state = run(state, { type: 'timer.next', timerId: 'round-1' }, 60_000)
    expect(state.timers.timers['round-1']).toMatchObject({ status: 'paused', pausedAt: 60_000 })
    expect(state.timers.timers['round-2']).toMatchObject({ status: 'running', startedAt: 60_000, durationMs: 300_000 })
  })

  it('refuses a timer the deck does not define, and the last question\'s "next"', () => {
    expect(applyCommand(defaultLiveState(), { type: 'timer.start', timerId: 'nope' }, 0, deck)).toMatchObject({ ok: false, status: 404 })
    expect(applyCommand(defaultLiveState(), { type: 'timer.next', timerId: 'round-2' }, 0, deck)).toMatchObject({ ok: false, status: 409 })
  })

  it('keeps every result valid for the state schema', () => {
    let state = defaultLiveState()
    const commands: Command[] = [
      { type: 'timer.start', timerId: 'round-1' },
      { type: 'timer.addMinute', timerId: 'round-1' },
      { type: 'timer.pause', timerId: 'round-1' },
      { type: 'timer.setDuration', timerId: 'round-1', durationMs: 120_000 },
      { type: 'timer.resume', timerId: 'round-1' },
      { type: 'timer.reset', timerId: 'round-1' },
    ]
    commands.forEach((command, index) => { state = run(state, command, 1_000 * (index + 1)) })
    expect(LiveStateSchemas.timers.safeParse(state.timers).success).toBe(true)
    expect(state.timers.timers['round-1']).toMatchObject({ status: 'idle', durationMs: 120_000, addedMs: 0 })
  })
})

describe('applyCommand: programme', () => {
  it('stamps a mark on the day with the server\'s clock', () => {
    const at = new Date(2019, 1, 22, 9, 47, 30).getTime()
    const state = run(defaultLiveState(), { type: 'programme.mark', itemId: 'talk' }, at)
    expect(state.programme.starts).toEqual([{ id: 'talk', at: 9 * 60 + 47 }])
  })

  it('refuses a mark on another day, and takes the rehearsal\'s clock when rehearsing', () => {
    const otherDay = new Date(2026, 10, 30, 9, 0).getTime()
    expect(applyCommand(defaultLiveState(), { type: 'programme.mark', itemId: 'talk' }, otherDay, deck)).toMatchObject({ ok: false, status: 409 })
    const state = run(defaultLiveState(), { type: 'programme.mark', itemId: 'talk', rehearsalAt: 600.5 }, otherDay)
    expect(state.programme.rehearsalStarts).toEqual([{ id: 'talk', at: 600 }])
    expect(state.programme.starts).toEqual([])
  })
})

describe('applyCommand: grouping draws', () => {
  it('redraws one board only, and undoes it', () => {
    const redrawn = run(defaultLiveState(), { type: 'grouping.redraw', board: 'tables' })
    expect(redrawn.grouping.tables.seed).toBe(2)
    expect(redrawn.grouping.teams.seed).toBe(1)
    const undone = run(redrawn, { type: 'grouping.undo', board: 'tables' })
    expect(undone.grouping.tables.seed).toBe(1)
    expect(run(undone, { type: 'grouping.redraw', board: 'tables' }).grouping.tables.seed).toBe(3)
    expect(applyCommand(undone, { type: 'grouping.undo', board: 'tables' }, 0, deck)).toMatchObject({ ok: false, status: 409 })
  })
})

describe('parseCommand', () => {
  it.each([
    [{ type: 'timer.start' }, 'timerId'],
    [{ type: 'timer.start', timerId: 'a', extra: 1 }, 'extra'],
    [{ type: 'timer.setDuration', timerId: 'a', durationMs: -5 }, 'durationMs'],
    [{ type: 'timer.setDuration', timerId: 'a', durationMs: 1e400 }, 'durationMs'],
    [{ type: 'nav.go' }, 'type'],
    [null, 'command'],
  ])('refuses %j, naming %s', (value, where) => {
    const result = parseCommand(value)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain(where)
  })
})

describe('mayRun', () => {
  it('lets facilitators run timers only, and viewers nothing', () => {
    expect(mayRun('facilitator', 'timer.start')).toBe(true)
    expect(mayRun('facilitator', 'grouping.redraw')).toBe(false)
    expect(mayRun('viewer', 'timer.start')).toBe(false)
    expect(mayRun('presenter', 'programme.mark')).toBe(true)
  })
})
