import { analyseNetwork } from '../lib/network/analyse.ts'
import { diagramModel, type DiagramModel } from '../lib/network/diagram.ts'
import { brokerNetwork } from '../lib/network/synthetic.ts'
import { useForumNetwork } from './useForumNetwork.ts'

/** `forum`: the deck's survey (Figur 1). `broker`: the seed's Figur 2, groups held together by one person. */
export type NetworkSource = 'forum' | 'broker'

/** Layout box of the network itself, in SVG units; the legend is drawn beside it. */
export const DIAGRAM_SIZE = 660

const cache = new Map<string, DiagramModel>()

/** The laid-out diagram of a network, computed once per page (the layout is deterministic). */
export function useNetworkDiagram(source: NetworkSource, dataset = 'faelles-om-ledelse'): DiagramModel {
  const key = `${source}:${dataset}`
  let model = cache.get(key)
  if (!model) {
    model = source === 'forum'
      ? diagramModel(useForumNetwork(dataset).analysis, { width: DIAGRAM_SIZE, height: DIAGRAM_SIZE, rings: true })
      : diagramModel(analyseNetwork(brokerNetwork()), { width: DIAGRAM_SIZE, height: DIAGRAM_SIZE, rings: false, radius: [10, 18] })
    cache.set(key, model)
  }
  return model
}
