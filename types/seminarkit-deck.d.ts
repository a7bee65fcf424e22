// The deck being served, as plain data computed at build time (scripts/support/deck-plugin.ts,
// lib/deck-data.ts); read it through composables/useDeck.ts.
declare module 'virtual:seminarkit/deck' {
  type DeckData = import('../lib/deck-data.ts').DeckData
  export const deck: DeckData['deck']
  export const participants: DeckData['participants']
  export const network: DeckData['network']
  export const markdown: DeckData['markdown']
}
