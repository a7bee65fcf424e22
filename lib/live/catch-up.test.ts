import { describe, expect, it } from 'vitest'
import { deck as seminarDeck } from '../../data/faelles-om-ledelse/index.ts'
import { catchUpOptions, type Recovery } from '../programme/index.ts'
import { applyCommand } from './apply.ts'
import { parseCommand, type Command } from './commands.ts'
import { liveDeck } from './deck.ts'
import { defaultLiveState, LiveStateSchemas, type LiveState } from './state.ts'

const deck = liveDeck(seminarDeck)
/** 10.30 on the seminar day, local time (the server's clock). */
const AT_1030 = new Date(2019, 1, 22, 10, 30).getTime()

/** The research talk began 20 minutes late. */
function late20(): LiveState {
  const state = defaultLiveState()
  return { ...state, programme: { ...state.programme, starts: [{ id: 'visionsledelse', at: 9 * 60 }, { id: 'forskning', at: 10 * 60 + 5 }] } }
}

function run(state: LiveState, command: Command, now = AT_1030): LiveState {
  const result = applyCommand(state, command, now, deck)
  if (!result.ok)
    throw new Error(result.reason)
  return result.state
}

function offered(state: LiveState): Recovery[] {
  return catchUpOptions({ schedule: deck.schedule, starts: { visionsledelse: 9 * 60, forskning: 10 * 60 + 5 }, now: 10 * 60 + 30, rounds: deck.rounds!, applied: state.programme.recoveries, started: new Set() })!.options
}

const shorten = (state: LiveState) => offered(state).find(option => option.kind === 'shorten-questions')!
const drop = (state: LiveState) => offered(state).find(option => option.kind === 'drop-question')!

describe('programme.catchUp', () => {
  it('takes an option on offer: the recovery is kept and the round\'s timers get their new length', () => {
    const before = late20()
    const after = run(before, { type: 'programme.catchUp', recovery: shorten(before) })
    expect(after.programme.recoveries).toEqual([shorten(before)])
    expect(['viden', 'refleksion', 'handling'].map(id => after.timers.timers[`netvaerk-${id}`]?.durationMs)).toEqual([180_000, 180_000, 180_000])
    expect(LiveStateSchemas.programme.parse(after.programme)).toEqual(after.programme)
  })

  it('refuses an option that is not on offer (a second tap, a forged one), and any on another day', () => {
    const state = late20()
    const once = run(state, { type: 'programme.catchUp', recovery: shorten(state) })
    const again = applyCommand(once, { type: 'programme.catchUp', recovery: shorten(state) }, AT_1030, deck)
    expect(again).toMatchObject({ ok: false, status: 409 })
    const forged = applyCommand(state, { type: 'programme.catchUp', recovery: { ...shorten(state), saves: 20 } }, AT_1030, deck)
    expect(forged).toMatchObject({ ok: false, status: 409 })
    const otherDay = applyCommand(state, { type: 'programme.catchUp', recovery: shorten(state) }, new Date(2019, 1, 23, 10, 30).getTime(), deck)
    expect(otherDay).toMatchObject({ ok: false, status: 409, reason: expect.stringContaining('not the seminar day') })
  })

  it('a dropped question is skipped by "next question"', () => {
    const state = late20()
    let after = run(state, { type: 'programme.catchUp', recovery: drop(state) })
    after = run(after, { type: 'timer.start', timerId: 'netvaerk-refleksion' })
    const next = applyCommand(after, { type: 'timer.next', timerId: 'netvaerk-refleksion' }, AT_1030, deck)
    expect(next).toMatchObject({ ok: false, status: 409, reason: 'netvaerk-refleksion is the last question of its round' })
  })

  it('resetting the programme forgets the recoveries and gives the timers their planned length back', () => {
    const state = late20()
    const taken = run(state, { type: 'programme.catchUp', recovery: shorten(state) })
    const reset = run(taken, { type: 'programme.reset', rehearsal: false })
    expect(reset.programme.recoveries).toEqual([])
    expect(reset.timers.timers['netvaerk-viden']?.durationMs).toBe(300_000)
  })

  it('a rehearsal takes options on its own clock into its own list', () => {
    const state = defaultLiveState()
    const rehearsal = { ...state, programme: { ...state.programme, rehearsalStarts: [{ id: 'visionsledelse', at: 9 * 60 }, { id: 'forskning', at: 10 * 60 + 5 }] } }
    const option = shorten(late20())
    const after = run(rehearsal, { type: 'programme.catchUp', recovery: option, rehearsalAt: 10 * 60 + 30 }, new Date(2026, 10, 30, 20, 0).getTime())
    expect([after.programme.rehearsalRecoveries, after.programme.recoveries]).toEqual([[option], []])
  })

  it('accepts only well-formed recoveries as commands', () => {
    expect(parseCommand({ type: 'programme.catchUp', recovery: { kind: 'shorten-break', slot: 'pause-1115', saves: 10, from: 15, to: 5 } }).ok).toBe(true)
    expect(parseCommand({ type: 'programme.catchUp', recovery: { kind: 'shorten-break', slot: 'pause-1115', saves: 10, from: 15, to: 5, extra: 1 } })).toMatchObject({ ok: false, status: 400 })
    expect(parseCommand({ type: 'programme.catchUp', recovery: { kind: 'nap', slot: 'x', saves: 1 } })).toMatchObject({ ok: false, status: 400 })
  })
})
