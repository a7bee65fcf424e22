import { describe, expect, it } from 'vitest'
import { discussions } from '../../data/faelles-om-ledelse/discussions.ts'
import { currentQuestionIndex, discussionTimers } from './catalogue.ts'

describe('discussionTimers', () => {
  it('gives every question of the default deck a timer with its minutes', () => {
    const timers = discussionTimers(discussions)
    expect(timers.get('netvaerk-refleksion')?.minutes).toBe(5)
    expect(timers.get('visionsledelse-2')?.index).toBe(1)
    expect(timers.size).toBe(discussions.reduce((sum, round) => sum + round.questions.length, 0))
  })

  it('refuses two rounds whose ids make the same timer id', () => {
    const round = discussions[0]!
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
