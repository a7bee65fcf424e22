import { DirectedGraph } from 'graphology'
import { adjacencyFromPairs } from './adjacency.ts'
import { connectivity } from './articulation.ts'
import { corePeriphery, EXACT_LIMIT } from './core-periphery.ts'
import { externalMeans } from './external.ts'
import { roundRatio } from './round.ts'
import type { NetworkAnalysis, NetworkData, NetworkSummary, NodeMetrics } from './types.ts'

export interface AnalyseOptions {
  /** Up to this many members the core search is exhaustive. */
  exactLimit?: number
}

/**
 * All figures of contract §3 for validated data (ids known, no self-ties, ties only from
 * respondents; lib/network/csv.ts checks that for files). Output order follows `members`.
 */
export function analyseNetwork(data: NetworkData, options: AnalyseOptions = {}): NetworkAnalysis {
  const { members } = data
  const directed = new DirectedGraph()
  for (const member of members)
    directed.addNode(member.id)
  for (const { from, to } of data.relations) {
    if (from === to)
      throw new RangeError(`self-tie of "${from}"`)
    directed.mergeEdge(from, to) // a repeated row is one tie
  }

  const index = new Map(members.map((member, i) => [member.id, i]))
  const respondentSet = new Set(members.filter(m => m.responded).map(m => m.id))

  let betweenRespondents = 0
  let reciprocated = 0
  const pairs: [number, number][] = []
  directed.forEachEdge((_edge, _attributes, from, to) => {
    if (respondentSet.has(from) && respondentSet.has(to)) {
      betweenRespondents++
      if (directed.hasDirectedEdge(to, from))
        reciprocated++
    }
    pairs.push([index.get(from)!, index.get(to)!])
  })
  const adjacency = adjacencyFromPairs(members.length, pairs)

  const partition = corePeriphery(adjacency, options.exactLimit ?? EXACT_LIMIT)
  const defined = !Number.isNaN(partition.fit)
  const connected = connectivity(adjacency)
  const cuts = new Set(connected.articulationPoints)

  const nodes: NodeMetrics[] = members.map((member, i) => ({
    id: member.id,
    name: member.name,
    department: member.department,
    responded: member.responded,
    inDegree: directed.inDegree(member.id),
    outDegree: directed.outDegree(member.id),
    degree: adjacency.neighbours[i]!.length,
    group: defined && partition.inCore[i] ? 'core' : 'periphery',
    articulation: cuts.has(i),
  }))
  const links: [number, number][] = []
  adjacency.neighbours.forEach((list, i) => {
    for (const j of list) {
      if (i < j)
        links.push([i, j])
    }
  })

  const respondents = respondentSet.size
  const possibleTies = respondents * Math.max(members.length - 1, 0)
  const ties = directed.size
  const core = nodes.filter(node => node.group === 'core').map(node => node.id)
  return {
    members: members.length,
    respondents,
    ties,
    possibleTies,
    density: possibleTies === 0 ? 0 : roundRatio(ties, possibleTies, 4),
    reciprocity: betweenRespondents === 0 ? 0 : roundRatio(reciprocated, betweenRespondents, 4),
    core,
    periphery: nodes.filter(node => node.group === 'periphery').map(node => node.id),
    coreFit: defined ? Math.round(partition.fit * 1000) / 1000 : 0,
    articulationPoints: nodes.filter(node => node.articulation).map(node => node.id),
    components: connected.components,
    external: data.external ? externalMeans(data.external, new Set(core), respondentSet) : null,
    nodes,
    links,
  }
}

/** Exactly the fields of contract §3, in its order, for `--json`. */
export function networkSummary(analysis: NetworkAnalysis): NetworkSummary {
  const { members, respondents, ties, possibleTies, density, reciprocity, core, periphery, coreFit, articulationPoints, components, external } = analysis
  return { members, respondents, ties, possibleTies, density, reciprocity, core, periphery, coreFit, articulationPoints, components, external }
}
