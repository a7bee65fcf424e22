import { describe, expect, it } from 'vitest'
import { deck } from '../../data/faelles-om-ledelse/index.ts'
import { formatClock, parseClock as t } from '../time.ts'
import { adjustRound, catchUpOptions, isOffered, projectWithRecoveries, recoveryKey, slotCuts, type CatchUpInput, type Recovery } from './catch-up.ts'
import { buildSchedule } from './schedule.ts'

const schedule = buildSchedule(deck.programme, 'Pause')
const discussions = deck.rounds
const rounds = discussions.flatMap(round => round.programmeItem === undefined ? [] : [{ slot: round.programmeItem, round }])

function input(overrides: Partial<CatchUpInput>): CatchUpInput {
  return { schedule, starts: {}, now: undefined, rounds, applied: [], started: new Set(), ...overrides }
}

/** The 20-minutes-late day of the issue: the research talk began at 10.05, it is now 10.30. */
const late20 = input({ starts: { visionsledelse: t('09.00'), forskning: t('10.05') }, now: t('10.30') })

const summary = (options: Recovery[]) => options.map(option => recoveryKey(option))

describe('catchUpOptions', () => {
  it('20 minutes late, Blixen at risk: shorten the 11.15 break, the network round\'s questions, or drop its last', () => {
    const catchUp = catchUpOptions(late20)!
    expect([catchUp.pin.id, catchUp.late]).toEqual(['blixen', 20])
    expect(summary(catchUp.options)).toEqual([
      'shorten-break pause-1115 15>5 -10',
      'shorten-questions relationer netvaerk/viden:5>3,refleksion:5>3,handling:5>3 -6',
      'drop-question relationer netvaerk/handling -5',
    ])
  })

  it('leaves out what can\'t help: a round longer than its item (the 5-minute closing holds 15 minutes of talk), what is done', () => {
    const options = catchUpOptions(late20)!.options
    expect(options.some(option => option.slot === 'afrunding' || option.slot === 'visionsledelse' || option.slot === 'pause-0930')).toBe(false)
  })

  it('applied recoveries shorten the day: each saves what it says, and the list moves on', () => {
    const first = catchUpOptions(late20)!.options
    const applied = first
    const day = projectWithRecoveries({ ...late20, applied })
    // 21 minutes won back for 20 late: Blixen keeps 13.30, the closing ends a minute early.
    expect(formatClock(day.projectedEnd)).toBe('13.30')
    expect(formatClock(day.slots.find(slot => slot.id === 'afrunding')!.projectedEnd!)).toBe('13.29')
    expect(day.missedPins).toEqual([])
    expect(catchUpOptions({ ...late20, applied })).toBeUndefined()
    const afterBreak = catchUpOptions({ ...late20, applied: [first[0]!] })!
    expect(afterBreak.late).toBe(10)
    expect(summary(afterBreak.options)).toEqual([
      'shorten-questions relationer netvaerk/viden:5>3,refleksion:5>3,handling:5>3 -6',
      'drop-question relationer netvaerk/handling -5',
    ])
  })

  it('5 minutes late: those that win it all back come first, the smallest cut per question that does', () => {
    const catchUp = catchUpOptions(input({ starts: { visionsledelse: t('09.05') }, now: t('09.10') }))!
    expect(catchUp.late).toBe(5)
    expect(summary(catchUp.options)).toEqual([
      'shorten-break pause-0930 15>10 -5',
      'shorten-break pause-1115 15>10 -5',
      'shorten-questions visionsledelse visionsledelse/1:10>7,2:10>7 -6',
      'shorten-questions relationer netvaerk/viden:5>3,refleksion:5>3,handling:5>3 -6',
      'drop-question visionsledelse visionsledelse/2 -10',
      'drop-question relationer netvaerk/handling -5',
    ])
  })

  it('a question already started keeps its time', () => {
    const catchUp = catchUpOptions(input({ starts: { visionsledelse: t('09.05') }, now: t('09.10'), started: new Set(['visionsledelse-1']) }))!
    expect(summary(catchUp.options).filter(key => key.includes('visionsledelse/'))).toEqual([
      'shorten-questions visionsledelse visionsledelse/2:10>5 -5',
      'drop-question visionsledelse visionsledelse/2 -10',
    ])
  })

  it('a running break loses at most what is left of it', () => {
    const catchUp = catchUpOptions(input({ starts: { visionsledelse: t('09.20') }, now: t('09.58') }))!
    expect(catchUp.late).toBe(20)
    expect(summary(catchUp.options).filter(key => key.includes('pause-0930'))).toEqual(['shorten-break pause-0930 15>8 -7'])
  })

  it('on time, or on another day, offers nothing', () => {
    expect(catchUpOptions(input({ now: t('10.05') }))).toBeUndefined()
    expect(catchUpOptions(input({}))).toBeUndefined()
  })
})

describe('adjustRound, slotCuts, isOffered', () => {
  const round = discussions.find(candidate => candidate.id === 'netvaerk')!
  const shorten: Recovery = { kind: 'shorten-questions', slot: 'relationer', round: 'netvaerk', saves: 4, questions: [{ id: 'viden', from: 5, to: 3 }, { id: 'refleksion', from: 5, to: 3 }] }
  const drop: Recovery = { kind: 'drop-question', slot: 'relationer', round: 'netvaerk', question: 'handling', saves: 5 }

  it('a round keeps its order, with shortened questions and without dropped ones', () => {
    expect(adjustRound(round, [shorten, drop]).questions.map(q => `${q.id}:${q.minutes}`)).toEqual(['viden:3', 'refleksion:3'])
    expect(adjustRound(round, [{ ...drop, round: 'sidemand' }]).questions).toHaveLength(3)
  })

  it('cuts add up per slot', () => {
    expect(slotCuts([shorten, drop, { kind: 'shorten-break', slot: 'pause-1115', from: 15, to: 10, saves: 5 }])).toEqual({ 'relationer': 9, 'pause-1115': 5 })
  })

  it('only a recovery on the current list is offered, whatever its key order', () => {
    const catchUp = catchUpOptions(late20)
    const option = catchUp!.options[1]!
    const reordered = Object.fromEntries(Object.entries(option).reverse()) as Recovery
    expect(isOffered(catchUp, reordered)).toBe(true)
    expect(isOffered(catchUp, { ...drop, saves: 4 })).toBe(false)
    expect(isOffered(undefined, drop)).toBe(false)
  })
})
