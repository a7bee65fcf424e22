import { timerId, type DiscussionQuestion, type DiscussionRound } from '../schema/discussions.ts'

/** A timer a deck defines in its data, so `/timer/<id>` knows it before anyone starts it. */
export interface TimerEntry {
  id: string
  minutes: number
  round: DiscussionRound
  question: DiscussionQuestion
  /** 0-based position in its round. */
  index: number
}

/** One timer per question of every discussion round; ids must be unique across decks. */
export function discussionTimers(rounds: readonly DiscussionRound[]): Map<string, TimerEntry> {
  const entries = new Map<string, TimerEntry>()
  for (const round of rounds) {
    round.questions.forEach((question, index) => {
      const id = timerId(round, question)
      if (entries.has(id))
        throw new Error(`Two discussion questions share the timer id "${id}"; give one of the rounds another id`)
      entries.set(id, { id, minutes: question.minutes, round, question, index })
    })
  }
  return entries
}

/**
 * The question a round is on: the one whose timer was started last (so a table that
 * starts the next question on a phone moves the slide along too), else the first.
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
