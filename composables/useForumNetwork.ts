import type { DeckData } from '../lib/deck-data.ts'
import { useDeckData } from './useDeck.ts'

/**
 * The deck's sample survey (its `files.network`), analysed and laid out at build time;
 * every figure on the network slides comes from here until the live survey takes over.
 */
export function useForumNetwork(): NonNullable<DeckData['network']> {
  const { deck, network } = useDeckData()
  if (!network)
    throw new Error(`deck "${deck.slug}" has no network survey: set files.network in data/${deck.slug}/index.ts`)
  return network
}
