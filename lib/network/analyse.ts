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
  const n = members.length
  const index = new Map(members.map((member, i) => [member.id, i]))
  const responded = members.map(member => member.responded)

  // Ties as ordered index pairs keyed from·n + to: plain numbers keep 40,000 ties fast.
  const tied = new Set<number>()
  const pairs: [number, number][] = []
  const inDegree = new Int32Array(n)
  const outDegree = new Int32Array(n)
  for (const { from, to } of data.relations) {
    const a = index.get(from)
    const b = index.get(to)
    if (a === undefined || b === undefined)
      throw new RangeError(`tie "${from}" → "${to}" names an unknown member`)
    if (a === b)
      throw new RangeError(`self-tie of "${from}"`)
    // The core search leaves pairs of two non-respondents out, which holds only if they have no tie.
    if (!responded[a])
      throw new RangeError(`tie from "${from}", who did not respond`)
    const key = a * n + b
    if (tied.has(key))
      continue // a repeated row is one tie
    tied.add(key)
    pairs.push([a, b])
    outDegree[a]!++
    inDegree[b]!++
  }

  let betweenRespondents = 0
  let reciprocated = 0
  for (const [a, b] of pairs) {
    if (responded[b]) {
      betweenRespondents++
      if (tied.has(b * n + a))
        reciprocated++
    }
  }
  const adjacency = adjacencyFromPairs(n, pairs)

  const partition = corePeriphery(adjacency, responded, options.exactLimit ?? EXACT_LIMIT)
  const defined = !Number.isNaN(partition.fit)
  const connected = connectivity(adjacency)
  const cuts = new Set(connected.articulationPoints)

  const nodes: NodeMetrics[] = members.map((member, i) => ({
    id: member.id,
    name: member.name,
    department: member.department,
    responded: member.responded,
    inDegree: inDegree[i]!,
    outDegree: outDegree[i]!,
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

  const respondentSet = new Set(members.filter(m => m.responded).map(m => m.id))
  const respondents = respondentSet.size
  const possibleTies = respondents * Math.max(members.length - 1, 0)
  const ties = pairs.length
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
