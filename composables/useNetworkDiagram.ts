import { translator } from '../lib/i18n/translate.ts'
import { analyseNetwork } from '../lib/network/analyse.ts'
import { diagramModel, type DiagramModel } from '../lib/network/diagram.ts'
import { brokerNetwork } from '../lib/network/synthetic.ts'
import type { NetworkAnalysis } from '../lib/network/types.ts'
import { useDeckContext, type DeckContext } from './useDeck.ts'

/** `forum`: the deck's survey. `broker`: a made-up network of groups held together by one person (the seed's Figur 2). */
export type NetworkSource = 'forum' | 'broker'

/** Layout box of the network itself, in SVG units; the legend is drawn beside it. */
export const DIAGRAM_SIZE = 660

const forum = new WeakMap<NetworkAnalysis, DiagramModel>()
const broker = new WeakMap<DeckContext, DiagramModel>()

/**
 * The laid-out diagram of a network, computed once per analysis (the layout is
 * deterministic): `forum` lays out the analysis given (the deck's sample or the live
 * survey), `broker` the seed's Figur 2 in the deck's language.
 */
export function useNetworkDiagram(source: NetworkSource, analysis: NetworkAnalysis): DiagramModel {
  if (source === 'broker') {
    const context = useDeckContext()
    let model = broker.get(context)
    if (!model) {
      const t = translator(context.deck.language)
      const labels = { broker: t('network.broker'), group: (number: number) => t('network.groupNumber', { number }) }
      model = diagramModel(analyseNetwork(brokerNetwork(undefined, undefined, labels)), { width: DIAGRAM_SIZE, height: DIAGRAM_SIZE, rings: false, radius: [10, 18] })
      broker.set(context, model)
    }
    return model
  }
  let model = forum.get(analysis)
  if (!model) {
    model = diagramModel(analysis, { width: DIAGRAM_SIZE, height: DIAGRAM_SIZE, rings: true })
    forum.set(analysis, model)
  }
  return model
}
