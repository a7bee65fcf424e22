import type { Deck as DeckObject } from '../../lib/schema/deck.ts'
import { deckOfEntry } from '../support/deck-entry.ts'
import { loadDeck as loadDeckObject } from '../support/deck.ts'
import type { Deck } from './deck.ts'

/** The deck object (`data/<slug>/index.ts`) of a slides file: its rounds, programme and language. */
export async function deckData(deck: Pick<Deck, 'entry'>): Promise<DeckObject> {
  return loadDeckObject(deckOfEntry(deck.entry))
}
