import { liveDeck } from '../lib/live/deck.ts'
import type { LiveDeck } from '../lib/live/apply.ts'
import { discussions, programme, seminar } from '../data/faelles-om-ledelse/index.ts'

let deck: LiveDeck | undefined

/** What a browser without a dev server needs to decide commands itself (static builds). */
export function useLiveDeck(): LiveDeck {
  return deck ??= liveDeck({ rounds: discussions, programme, date: seminar.date })
}
