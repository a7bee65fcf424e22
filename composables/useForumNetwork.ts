import { analyseNetwork } from '../lib/network/analyse.ts'
import { parseNetworkTexts } from '../lib/network/csv.ts'
import type { NetworkAnalysis } from '../lib/network/types.ts'

/** Every deck's survey export, `data/<deck>/network/*.csv`, bundled as text by Vite. */
const files = import.meta.glob<string>('../data/*/network/*.csv', { query: '?raw', import: 'default', eager: true })

export interface ForumNetwork {
  analysis: NetworkAnalysis
}

const cache = new Map<string, ForumNetwork>()

/**
 * The analysed survey of a deck's forum (`dataset` is the folder under data/). Parsed and
 * analysed once per page; every figure on the network slides comes from here.
 */
export function useForumNetwork(dataset = 'faelles-om-ledelse'): ForumNetwork {
  const cached = cache.get(dataset)
  if (cached)
    return cached
  const text = (name: string): [string, string] | undefined => {
    const path = `../data/${dataset}/network/${name}.csv`
    const content = files[path]
    return content === undefined ? undefined : [`data/${dataset}/network/${name}.csv`, content]
  }
  const members = text('members')
  const relations = text('relations')
  if (!members || !relations)
    throw new Error(`data/${dataset}/network/ needs members.csv and relations.csv`)
  const external = text('external')
  const analysis = analyseNetwork(parseNetworkTexts({ members, relations, ...(external ? { external } : {}) }))
  const network = { analysis }
  cache.set(dataset, network)
  return network
}
