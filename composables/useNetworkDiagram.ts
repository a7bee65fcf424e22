import { translator } from '../lib/i18n/translate.ts'
import { analyseNetwork } from '../lib/network/analyse.ts'
import { diagramModel, type DiagramModel } from '../lib/network/diagram.ts'
import { brokerNetwork } from '../lib/network/synthetic.ts'
import { useDeckContext, type DeckContext } from './useDeck.ts'
import { useForumNetwork } from './useForumNetwork.ts'

/** `forum`: the deck's survey. `broker`: a made-up network of groups held together by one person (the seed's Figur 2). */
export type NetworkSource = 'forum' | 'broker'

/** Layout box of the network itself, in SVG units; the legend is drawn beside it. */
export const DIAGRAM_SIZE = 660

const cache = new WeakMap<DeckContext, Map<NetworkSource, DiagramModel>>()

/** The laid-out diagram of a network, computed once per page (the layout is deterministic). */
export function useNetworkDiagram(source: NetworkSource): DiagramModel {
  const context = useDeckContext()
  let models = cache.get(context)
  if (!models) {
    models = new Map()
    cache.set(context, models)
  }
  let model = models.get(source)
  if (!model) {
    const t = translator(context.deck.language)
    const labels = { broker: t('network.broker'), group: (number: number) => t('network.groupNumber', { number }) }
    model = source === 'forum'
      ? diagramModel(useForumNetwork().analysis, { width: DIAGRAM_SIZE, height: DIAGRAM_SIZE, rings: true })
      : diagramModel(analyseNetwork(brokerNetwork(undefined, undefined, labels)), { width: DIAGRAM_SIZE, height: DIAGRAM_SIZE, rings: false, radius: [10, 18] })
    models.set(source, model)
  }
  return model
}
