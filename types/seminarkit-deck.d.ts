// The deck being served (scripts/support/deck-plugin.ts); read it through composables/useDeck.ts.
declare module 'virtual:seminarkit/deck' {
  export const deck: import('../lib/schema/deck.ts').Deck
  /** The deck's CSV files as text, by path inside its folder ("network/members.csv"). */
  export const files: Record<string, string>
}
