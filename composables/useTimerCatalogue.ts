import { discussionTimers, type TimerEntry } from '../lib/timer/catalogue.ts'
import type { DiscussionRound } from '../lib/schema/discussions.ts'

// Every deck's discussion rounds: the root is an addon shared by all decks.
const modules = import.meta.glob<{ discussions: DiscussionRound[] }>('../data/*/discussions.ts', { eager: true })
const rounds = Object.values(modules).flatMap(module => module.discussions)
const timers = discussionTimers(rounds)

/** Timers defined in data, by id: `/timer/<id>` can show a timer nobody has started yet. */
export function useTimerCatalogue(): { timers: ReadonlyMap<string, TimerEntry>, round: (id: string) => DiscussionRound } {
  return {
    timers,
    round(id) {
      const round = rounds.find(candidate => candidate.id === id)
      if (!round)
        throw new Error(`No discussion round "${id}" in data/*/discussions.ts; known: ${rounds.map(r => r.id).join(', ')}`)
      return round
    },
  }
}
