import { getCurrentInstance, inject, type App, type InjectionKey } from 'vue'
import { deck as servedDeck, files as servedFiles } from 'virtual:seminarkit/deck'
import type { Deck } from '../lib/schema/deck.ts'

/** A deck with its CSV files as text, by path inside its folder. */
export interface DeckContext {
  deck: Deck
  files: Readonly<Record<string, string>>
}

const DECK_KEY: InjectionKey<DeckContext> = Symbol('seminarkit deck')
const served: DeckContext = { deck: servedDeck, files: servedFiles }

/** Gives an app (or a component test) another deck than the one being served. */
export function provideDeck(app: App, context: DeckContext): void {
  app.provide(DECK_KEY, context)
}

/** The deck context: the provided one inside a component, else the deck being served. */
export function useDeckContext(): DeckContext {
  return (getCurrentInstance() ? inject(DECK_KEY, null) : null) ?? served
}

/**
 * The deck in use, chosen once from the slides' headmatter (see scripts/support/deck-plugin.ts).
 * Components and composables read every fact of the seminar from here.
 */
export function useDeck(): Deck {
  return useDeckContext().deck
}
