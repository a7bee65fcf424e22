import { getCurrentInstance, inject, type App, type InjectionKey } from 'vue'
import { deck, markdown, network, participants } from 'virtual:seminarkit/deck'
import type { DeckData } from '../lib/deck-data.ts'
import type { Deck } from '../lib/schema/deck.ts'

const DECK_KEY: InjectionKey<DeckData> = Symbol('seminarkit deck')

/** Gives an app (or a component test) another deck than the one being served. */
export function provideDeck(app: App, data: DeckData): void {
  app.provide(DECK_KEY, data)
}

function provided(): DeckData | null {
  return getCurrentInstance() ? inject(DECK_KEY, null) : null
}

/**
 * The deck's data (lib/deck-data.ts): the provided one inside a component, else the deck
 * being served. A page that needs only the deck object calls useDeck, so its bundle holds
 * nothing else (the phone pages).
 */
export function useDeckData(): DeckData {
  return provided() ?? { deck, participants, network, markdown }
}

/**
 * The deck in use, chosen once from the slides' headmatter (see scripts/support/deck-plugin.ts).
 * Components and composables read every fact of the seminar from here.
 */
export function useDeck(): Deck {
  return provided()?.deck ?? deck
}

/** The deck's rendered markdown alone (components/Md.vue): a phone page that shows a question bundles no names. */
export function useDeckMarkdown(): DeckData['markdown'] {
  return provided()?.markdown ?? markdown
}
