import { analyseNetwork } from '../lib/network/analyse.ts'
import { diagramModel, type DiagramModel } from '../lib/network/diagram.ts'
import { brokerNetwork } from '../lib/network/synthetic.ts'
import type { NetworkAnalysis } from '../lib/network/types.ts'

/** `forum`: the deck's survey (Figur 1). `broker`: the seed's Figur 2, groups held together by one person. */
export type NetworkSource = 'forum' | 'broker'

/** Layout box of the network itself, in SVG units; the legend is drawn beside it. */
export const DIAGRAM_SIZE = 660

const forum = new WeakMap<NetworkAnalysis, DiagramModel>()
let broker: DiagramModel | undefined

/**
 * The laid-out diagram of a network, computed once per analysis (the layout is
 * deterministic): `forum` lays out the analysis given, `broker` the seed's Figur 2.
 */
export function useNetworkDiagram(source: NetworkSource, analysis: NetworkAnalysis): DiagramModel {
  if (source === 'broker')
    return broker ??= diagramModel(analyseNetwork(brokerNetwork()), { width: DIAGRAM_SIZE, height: DIAGRAM_SIZE, rings: false, radius: [10, 18] })
  let model = forum.get(analysis)
  if (!model) {
    model = diagramModel(analysis, { width: DIAGRAM_SIZE, height: DIAGRAM_SIZE, rings: true })
    forum.set(analysis, model)
  }
  return model
}
