import { describe, expect, it } from 'vitest'
import { deck } from '../../tests/fixtures/decks/mini/index.ts'
import { currentQuestionIndex, discussionTimers } from './catalogue.ts'

describe('discussionTimers', () => {
  it('gives every question of a one-phase round a timer with its minutes', () => {
    const timers = discussionTimers(deck.rounds)
    expect(timers.get('netvaerk-refleksion')?.minutes).toBe(5)
    expect(timers.get('visionsledelse-2')?.index).toBe(1)
    expect(timers.get('visionsledelse-2')?.steps.map(step => step.id)).toEqual(['visionsledelse-1', 'visionsledelse-2'])
  })

  it('refuses two rounds whose ids make the same timer id', () => {
    const round = deck.rounds[0]!
    expect(() => discussionTimers([round, round])).toThrow(/share the timer id "visionsledelse-1"/)
  })
})

describe('currentQuestionIndex', () => {
  it('is the question started last, or the first when none has started', () => {
    expect(currentQuestionIndex([null, null, null])).toBe(0)
    expect(currentQuestionIndex([1000, 5000, null])).toBe(1)
    expect(currentQuestionIndex([9000, 5000, null])).toBe(0)
  })
})
