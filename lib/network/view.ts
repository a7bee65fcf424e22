import type { Language } from '../i18n/messages.ts'
import { translator } from '../i18n/translate.ts'
import { analyseNetwork } from './analyse.ts'
import { diagramModel, type DiagramModel } from './diagram.ts'
import { brokerNetwork } from './synthetic.ts'
import type { NetworkAnalysis, NetworkSummary } from './types.ts'

/** Layout box of a diagram's network, in SVG units; the legend is drawn beside it. */
export const DIAGRAM_SIZE = 660

/** A network's figures as the slides show them: counts, never who is in the core or holds it together. */
export interface NetworkFigures extends Omit<NetworkSummary, 'core' | 'periphery' | 'articulationPoints'> {
  /** How many members alone hold parts of the network together. */
  articulationPoints: number
}

/**
 * What a browser gets of an analysed network: its figures and its laid-out diagram. An
 * anonymous view carries no name and no member id, and its nodes are in drawing order, so
 * nothing in it says who reported a tie to whom; a named view carries only what a diagram
 * with names draws.
 */
export interface NetworkView {
  figures: NetworkFigures
  diagram: DiagramModel
  named: boolean
}

export function networkFigures(analysis: NetworkAnalysis): NetworkFigures {
  const { core: _core, periphery: _periphery, articulationPoints, nodes: _nodes, links: _links, ...figures } = analysis
  return { ...figures, articulationPoints: articulationPoints.length }
}

/** The diagram without names or ids, its nodes sorted by what is drawn (department, place). */
function anonymousDiagram(diagram: DiagramModel): DiagramModel {
  const nodes = [...diagram.nodes]
    .sort((a, b) => a.category - b.category || a.x - b.x || a.y - b.y)
    .map((node, i) => ({ ...node, id: `n${i + 1}`, name: '' }))
  return { ...diagram, nodes }
}

/** Lays out an analysed forum (core in an inner ring) and keeps names only when `named`. */
export function forumView(analysis: NetworkAnalysis, named: boolean): NetworkView {
  const diagram = diagramModel(analysis, { width: DIAGRAM_SIZE, height: DIAGRAM_SIZE, rings: true })
  return { figures: networkFigures(analysis), diagram: named ? diagram : anonymousDiagram(diagram), named }
}

/** The seed's Figur 2: groups held together by one person, labelled in the deck's language. */
export function brokerView(language: Language): NetworkView {
  const t = translator(language)
  const labels = { broker: t('network.broker'), group: (number: number) => t('network.groupNumber', { number }) }
  const analysis = analyseNetwork(brokerNetwork(undefined, undefined, labels))
  const diagram = diagramModel(analysis, { width: DIAGRAM_SIZE, height: DIAGRAM_SIZE, rings: false, radius: [10, 18] })
  return { figures: networkFigures(analysis), diagram, named: true }
}
