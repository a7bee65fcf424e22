import { analyseNetwork } from '../lib/network/analyse.ts'
import { parseNetworkTexts } from '../lib/network/csv.ts'
import type { NetworkAnalysis } from '../lib/network/types.ts'
import { useDeckContext, type DeckContext } from './useDeck.ts'

export interface ForumNetwork {
  analysis: NetworkAnalysis
}

const cache = new WeakMap<DeckContext, ForumNetwork>()

/**
 * The analysed survey of the deck's forum (its `files.network`). Parsed and analysed once
 * per page; every figure on the network slides comes from here.
 */
export function useForumNetwork(): ForumNetwork {
  const context = useDeckContext()
  const cached = cache.get(context)
  if (cached)
    return cached
  const { deck, files } = context
  const paths = deck.files.network
  if (!paths)
    throw new Error(`deck "${deck.slug}" has no network survey: set files.network in data/${deck.slug}/index.ts`)
  const text = (path: string | undefined): [string, string] | undefined => {
    const content = path === undefined ? undefined : files[path]
    return content === undefined ? undefined : [`data/${deck.slug}/${path}`, content]
  }
  const members = text(paths.members)
  const relations = text(paths.relations)
  if (!members || !relations)
    throw new Error(`data/${deck.slug}/ needs ${paths.members} and ${paths.relations}`)
  const external = text(paths.external)
  const analysis = analyseNetwork(parseNetworkTexts({ members, relations, ...(external ? { external } : {}) }))
  const network = { analysis }
  cache.set(context, network)
  return network
}
