import { roundSteps, type DiscussionStep } from '../discussion/steps.ts'
import type { DiscussionRound } from '../schema/discussions.ts'

/** A timer a deck defines in its data, so `/timer/<id>` knows it before anyone starts it. */
export interface TimerEntry extends DiscussionStep {
  round: DiscussionRound
  /** Every step of its round, in order. */
  steps: DiscussionStep[]
}

/**
 * One timer per step of every discussion round (a question in one phase of its format):
 * `discussionTimers(deck.rounds)`. Ids must be unique within a deck.
 */
export function discussionTimers(rounds: readonly DiscussionRound[]): Map<string, TimerEntry> {
  const entries = new Map<string, TimerEntry>()
  for (const round of rounds) {
    const steps = roundSteps(round)
    for (const step of steps) {
      if (entries.has(step.id))
        throw new Error(`Two discussion steps share the timer id "${step.id}"; give one of the rounds another id`)
      entries.set(step.id, { ...step, round, steps })
    }
  }
  return entries
}

/**
 * The step a round is on: the one whose timer was started last (so a table that starts
 * the next question on a phone moves the slide along too), else the first.
 */
export function currentQuestionIndex(startedAt: ReadonlyArray<number | null>): number {
  let current = 0
  let latest = -Infinity
  startedAt.forEach((at, index) => {
    if (at !== null && at > latest) {
      latest = at
      current = index
    }
  })
  return current
}
