import { describe, expect, it } from 'vitest'
import { buildSchedule } from '../programme/schedule.ts'
import { applyCommand, type LiveDeck } from './apply.ts'
import { parseCommand, type Command } from './commands.ts'
import { mayRun, refusalFor } from './access.ts'
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
  insightRounds: new Set(['round']),
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

describe('applyCommand: tables', () => {
  const started = () => run(defaultLiveState(), { type: 'timer.start', timerId: 'round-1' }, 0)

  it('marks a table ready or asking for more time, its latest word counting, with the server\'s instant', () => {
    let state = run(started(), { type: 'table.moreTime', table: 4, timerId: 'round-1' }, 1_000)
    state = run(state, { type: 'table.ready', table: 7, timerId: 'round-1' }, 2_000)
    expect(state.tables.timers['round-1']).toEqual({ ready: { 7: 2_000 }, moreTime: { 4: 1_000 }, endedAt: null })
    state = run(state, { type: 'table.ready', table: 4, timerId: 'round-1' }, 3_000)
    expect(state.tables.timers['round-1']).toEqual({ ready: { 4: 3_000, 7: 2_000 }, moreTime: {}, endedAt: null })
    expect(run(state, { type: 'table.ready', table: 4, timerId: 'round-1' }, 9_000)).toBe(state)
    expect(LiveStateSchemas.tables.safeParse(state.tables).success).toBe(true)
  })

  it('refuses readiness for a question not started, not in the deck, or ended', () => {
    expect(applyCommand(defaultLiveState(), { type: 'table.ready', table: 1, timerId: 'round-1' }, 0, deck)).toMatchObject({ ok: false, status: 409 })
    expect(applyCommand(started(), { type: 'table.ready', table: 1, timerId: 'nope' }, 0, deck)).toMatchObject({ ok: false, status: 404 })
    const ended = run(started(), { type: 'round.end', timerId: 'round-1' }, 5_000)
    expect(applyCommand(ended, { type: 'table.moreTime', table: 1, timerId: 'round-1' }, 6_000, deck)).toMatchObject({ ok: false, status: 409 })
  })

  it('ends a round for all: its timer pauses, the end is stamped once', () => {
    const ended = run(started(), { type: 'round.end', timerId: 'round-1' }, 5_000)
    expect(ended.timers.timers['round-1']).toMatchObject({ status: 'paused', pausedAt: 5_000 })
    expect(ended.tables.timers['round-1']!.endedAt).toBe(5_000)
    expect(run(ended, { type: 'round.end', timerId: 'round-1' }, 8_000)).toBe(ended)
  })

  it('starts the tables afresh when the question\'s timer is reset', () => {
    const ready = run(started(), { type: 'table.ready', table: 2, timerId: 'round-1' }, 1_000)
    expect(run(ready, { type: 'timer.reset', timerId: 'round-1' }, 2_000).tables.timers).toEqual({})
  })
})

describe('applyCommand: insights', () => {
  const post = (state: LiveState, table: number, text: string, now = 1_000) => run(state, { type: 'insight.post', table, round: 'round', text }, now)

  it('keeps a posted insight pending, normalised, until the presenter approves or hides it', () => {
    const posted = post(defaultLiveState(), 3, '  Visionen\n skal deles  ')
    expect(posted.insights.items).toEqual([{ id: 'round-3', round: 'round', table: 3, text: 'Visionen skal deles', at: 1_000, status: 'pending' }])
    const approved = run(posted, { type: 'insight.approve', id: 'round-3' })
    expect(approved.insights.items[0]!.status).toBe('approved')
    expect(run(approved, { type: 'insight.hide', id: 'round-3' }).insights.items[0]!.status).toBe('hidden')
    expect(LiveStateSchemas.insights.safeParse(approved.insights).success).toBe(true)
  })

  it('replaces a table\'s insight when it sends another, which needs approval again', () => {
    let state = post(defaultLiveState(), 3, 'Første')
    state = run(state, { type: 'insight.approve', id: 'round-3' })
    state = post(state, 3, 'Anden', 2_000)
    expect(state.insights.items).toEqual([{ id: 'round-3', round: 'round', table: 3, text: 'Anden', at: 2_000, status: 'pending' }])
  })

  it('refuses a round without insights, empty or long text, and an unknown id', () => {
    expect(applyCommand(defaultLiveState(), { type: 'insight.post', table: 1, round: 'other', text: 'x' }, 0, deck)).toMatchObject({ ok: false, status: 404 })
    expect(applyCommand(defaultLiveState(), { type: 'insight.post', table: 1, round: 'round', text: ' \n ' }, 0, deck)).toMatchObject({ ok: false, status: 400 })
    expect(applyCommand(defaultLiveState(), { type: 'insight.post', table: 1, round: 'round', text: 'x'.repeat(281) }, 0, deck)).toMatchObject({ ok: false, status: 400 })
    expect(applyCommand(defaultLiveState(), { type: 'insight.approve', id: 'round-9' }, 0, deck)).toMatchObject({ ok: false, status: 404 })
  })
})

describe('applyCommand: photos', () => {
  it('lists a photo pending until the presenter approves or hides it, like an insight', () => {
    const added = run(defaultLiveState(), { type: 'photo.add', table: 3, id: '3-1000' }, 1_000)
    expect(added.photos.items).toEqual([{ id: '3-1000', table: 3, at: 1_000, status: 'pending' }])
    const approved = run(added, { type: 'photo.approve', id: '3-1000' })
    expect(approved.photos.items[0]!.status).toBe('approved')
    expect(run(approved, { type: 'photo.hide', id: '3-1000' }).photos.items[0]!.status).toBe('hidden')
    expect(applyCommand(added, { type: 'photo.approve', id: '3-9' }, 0, deck)).toMatchObject({ ok: false, status: 404, reason: 'no photo "3-9"' })
  })

  it('reads a photos file from before moderation as approved: those photos were on the projector already', () => {
    expect(LiveStateSchemas.photos.parse({ items: [{ id: '3-1000', table: 3, at: 1_000 }] }).items[0]!.status).toBe('approved')
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

describe('refusalFor', () => {
  it('lets a table speak for itself only, and run no shared timer', () => {
    const table3 = { role: 'table', table: 3 } as const
    expect(refusalFor(table3, { type: 'table.ready', table: 3, timerId: 'round-1' })).toBeUndefined()
    expect(refusalFor(table3, { type: 'table.ready', table: 4, timerId: 'round-1' })?.reason).toBe('table 3 may not act for table 4')
    expect(refusalFor(table3, { type: 'insight.post', table: 5, round: 'round', text: 'x' })?.reason).toBe('table 3 may not act for table 5')
    expect(refusalFor(table3, { type: 'timer.start', timerId: 'round-1' })?.reason).toBe('a table may not timer.start')
    expect(refusalFor(table3, { type: 'insight.approve', id: 'round-3' })?.reason).toBe('a table may not insight.approve')
    expect(refusalFor(table3, { type: 'photo.approve', id: '3-1000' })?.reason).toBe('a table may not photo.approve')
    expect(refusalFor({ role: 'facilitator' }, { type: 'table.ready', table: 3, timerId: 'round-1' })?.reason).toBe('a facilitator may not table.ready')
    expect(refusalFor({ role: 'presenter' }, { type: 'table.ready', table: 9, timerId: 'round-1' })).toBeUndefined()
  })
})
