import { liveDeck } from '../lib/live/deck.ts'
import type { LiveDeck } from '../lib/live/apply.ts'
import type { Deck } from '../lib/schema/deck.ts'
import { useDeck } from './useDeck.ts'

const decks = new WeakMap<Deck, LiveDeck>()

/** What a browser without a dev server needs to decide commands itself (static builds). */
export function useLiveDeck(): LiveDeck {
  const deck = useDeck()
  let live = decks.get(deck)
  if (!live) {
    live = liveDeck(deck)
    decks.set(deck, live)
  }
  return live
}
