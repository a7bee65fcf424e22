import type { NetworkView } from './network/view.ts'
import type { Deck } from './schema/deck.ts'

/**
 * What a browser gets of a deck (`virtual:seminarkit/deck`, built by
 * scripts/support/deck-data.ts): plain data computed at build time, never a CSV file.
 */
export interface DeckData {
  /** The deck object, validated in Node. */
  deck: Deck
  /** `files.participants` with the fields slides show; null without the file. */
  participants: { name: string, department: string }[] | null
  /** The sample survey (`files.network`), analysed and laid out; null without one. */
  network: {
    /** Without names: what every diagram and figure shows by default. */
    forum: NetworkView
    /** With names, only when a slide draws the diagram with names. */
    named: NetworkView | null
    /** The seed's Figur 2 in the deck's language. */
    broker: NetworkView
  } | null
  /** Inline HTML of every data-module text with markdown in it, by source (components/Md.vue). */
  markdown: Record<string, string>
}
