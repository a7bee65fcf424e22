import { describe, expect, it } from 'vitest'
import { deck } from '../../tests/fixtures/decks/mini/index.ts'
import { deckRound } from './rounds.ts'
import { applyCommand } from '../live/apply.ts'
import type { Command } from '../live/commands.ts'
import { liveDeck } from '../live/deck.ts'
import { defaultLiveState } from '../live/state.ts'
import { timerOf } from '../timer/board.ts'
import { currentQuestionIndex, discussionTimers } from '../timer/catalogue.ts'
import { MINUTE_MS, remainingMs, timerStatus } from '../timer/machine.ts'
import { movedOnStep, roundMinutes, roundSteps, stepNeighbours } from './steps.ts'

describe('roundSteps', () => {
  it('keeps one step per question, with the question\'s own minutes, for a one-phase format', () => {
    const steps = roundSteps(deckRound(deck, 'visionsledelse'))
    expect(steps.map(step => [step.id, step.minutes, step.groupSize])).toEqual([['visionsledelse-1', 10, 3], ['visionsledelse-2', 10, 3]])
    expect(roundSteps(deckRound(deck, 'netvaerk')).map(step => step.minutes)).toEqual([5, 5, 5])
  })

  it('expands 1-2-4-All into its four phases: 1 min. alone, 2 in pairs, 4 in fours, 5 all together', () => {
    const steps = roundSteps(deckRound(deck, 'ideer'))
    expect(steps.map(step => [step.id, step.minutes, step.groupSize])).toEqual([
      ['ideer-samarbejde-alone', 1, 1],
      ['ideer-samarbejde-pairs', 2, 2],
      ['ideer-samarbejde-fours', 4, 4],
      ['ideer-samarbejde-all', 5, 'all'],
    ])
    expect(steps.every(step => step.phase.instruction)).toBe(true)
  })

  it('runs Troika Consulting three times in threes, so everyone is the client once', () => {
    const steps = roundSteps(deckRound(deck, 'troika'))
    expect(steps).toHaveLength(12)
    expect(steps.every(step => step.groupSize === 3)).toBe(true)
    expect(steps.slice(0, 4).map(step => [step.phase.id, step.minutes])).toEqual([['client', 2], ['questions', 2], ['consult', 5], ['reflect', 2]])
    expect(steps.map(step => step.cycle)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2])
    expect(steps[6]!.id).toBe('troika-udfordring-consult-2')
    expect(steps[6]!.phase.role).toMatch(/^Klienten: vend ryggen til/)
    expect(roundMinutes(deckRound(deck, 'troika'))).toBe(33)
  })

  it('gives every step of the deck a timer', () => {
    const timers = discussionTimers(deck.rounds)
    expect(timers.size).toBe(deck.rounds.reduce((sum, round) => sum + roundSteps(round).length, 0))
    expect(timers.get('ideer-samarbejde-fours')).toMatchObject({ minutes: 4, index: 2, round: { id: 'ideer' } })
  })

  it('links each step to its neighbours', () => {
    const steps = roundSteps(deckRound(deck, 'ideer'))
    expect(stepNeighbours(steps, 0)).toEqual({ next: 'ideer-samarbejde-pairs' })
    expect(stepNeighbours(steps, 3)).toEqual({ previous: 'ideer-samarbejde-fours' })
  })
})

describe('a format\'s phases on the clock', () => {
  it('advance in order with their own durations when each ends and the presenter moves on', () => {
    // The dev server's own transition (lib/live/apply.ts) on a fake clock: start, then "next".
    const steps = roundSteps(deckRound(deck, 'ideer'))
    const live = liveDeck(deck)
    let state = defaultLiveState()
    let now = Date.UTC(2019, 1, 22, 10, 0)
    const send = (command: Command) => {
      const applied = applyCommand(state, command, now, live)
      if (!applied.ok)
        throw new Error(applied.reason)
      state = applied.state
    }
    const seen: [string, number][] = []
    send({ type: 'timer.start', timerId: steps[0]!.id })
    for (;;) {
      const current = steps[currentQuestionIndex(steps.map(step => state.timers.timers[step.id]?.startedAt ?? null))]!
      const timer = timerOf(state.timers, current.id, current.minutes * MINUTE_MS)
      // Run the fake clock to just before and then to the end of the phase.
      now += current.minutes * MINUTE_MS - 1
      expect(timerStatus(timer, now)).toBe('running')
      now += 1
      expect(remainingMs(timer, now)).toBe(0)
      expect(timerStatus(timer, now)).toBe('finished')
      seen.push([current.phase.id, current.minutes])
      if (!steps[current.index + 1])
        break
      send({ type: 'timer.next', timerId: current.id })
      expect(state.timers.timers[current.id]?.status).toBe('paused')
    }
    expect(seen).toEqual([['alone', 1], ['pairs', 2], ['fours', 4], ['all', 5]])
    expect(live.timers.get('ideer-samarbejde-all')?.next).toBeUndefined()
  })

  it('tell a phone that shows an earlier step where the round has moved on to', () => {
    const steps = roundSteps(deckRound(deck, 'ideer'))
    const timers = {
      'ideer-samarbejde-alone': { startedAt: 1000, status: 'paused' },
      'ideer-samarbejde-pairs': { startedAt: 2000, status: 'running' },
    }
    expect(movedOnStep(steps, 'ideer-samarbejde-alone', timers)?.id).toBe('ideer-samarbejde-pairs')
    expect(movedOnStep(steps, 'ideer-samarbejde-pairs', timers)).toBeUndefined()
  })
})
