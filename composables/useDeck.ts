import { getCurrentInstance, inject, type App, type InjectionKey } from 'vue'
import { deck as servedDeck, files as servedFiles } from 'virtual:seminarkit/deck'
import type { Deck } from '../lib/schema/deck.ts'

/** A deck with its CSV files as text, by path inside its folder. */
export interface DeckContext {
  deck: Deck
  files: Readonly<Record<string, string>>
}

const DECK_KEY: InjectionKey<DeckContext> = Symbol('seminarkit deck')

/** Gives an app (or a component test) another deck than the one being served. */
export function provideDeck(app: App, context: DeckContext): void {
  app.provide(DECK_KEY, context)
}

const provided = () => getCurrentInstance() ? inject(DECK_KEY, null) : null
let served: DeckContext | undefined

/** The deck context: the provided one inside a component, else the deck being served. */
export function useDeckContext(): DeckContext {
  return provided() ?? (served ??= { deck: servedDeck, files: servedFiles })
}

/**
 * The deck in use, chosen once from the slides' headmatter (see scripts/support/deck-plugin.ts).
 * Components and composables read every fact of the seminar from here.
 */
export function useDeck(): Deck {
  // Not through useDeckContext(): a bundle that never reads the CSV files (the phone app)
  // leaves them out.
  return provided()?.deck ?? servedDeck
}
