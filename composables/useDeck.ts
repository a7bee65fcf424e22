import { getCurrentInstance, inject, type App, type InjectionKey } from 'vue'
import * as served from 'virtual:seminarkit/deck'
import type { DeckData } from '../lib/deck-data.ts'
import type { Deck } from '../lib/schema/deck.ts'

const DECK_KEY: InjectionKey<DeckData> = Symbol('seminarkit deck')

/** Gives an app (or a component test) another deck than the one being served. */
export function provideDeck(app: App, data: DeckData): void {
  app.provide(DECK_KEY, data)
}

/** The deck's data (lib/deck-data.ts): the provided one inside a component, else the deck being served. */
export function useDeckData(): DeckData {
  return (getCurrentInstance() ? inject(DECK_KEY, null) : null) ?? served
}

/**
 * The deck in use, chosen once from the slides' headmatter (see scripts/support/deck-plugin.ts).
 * Components and composables read every fact of the seminar from here.
 */
export function useDeck(): Deck {
  return useDeckData().deck
}
