import { deckRound } from '../lib/discussion/rounds.ts'
import type { Deck } from '../lib/schema/deck.ts'
import type { DiscussionRound } from '../lib/schema/discussions.ts'
import { discussionTimers, type TimerEntry } from '../lib/timer/catalogue.ts'
import { useDeck } from './useDeck.ts'

const catalogues = new WeakMap<Deck, ReadonlyMap<string, TimerEntry>>()

/** The deck's timers by id (one per step of every round): `/timer/<id>` can show a timer nobody has started yet. */
export function useTimerCatalogue(): { timers: ReadonlyMap<string, TimerEntry>, round: (id: string) => DiscussionRound } {
  const deck = useDeck()
  let timers = catalogues.get(deck)
  if (!timers) {
    timers = discussionTimers(deck.rounds)
    catalogues.set(deck, timers)
  }
  return { timers, round: id => deckRound(deck, id) }
}
