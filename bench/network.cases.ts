import { connectedComponents } from 'graphology-components'
import { UndirectedGraph } from 'graphology'
import { adjacencyFromPairs } from '../lib/network/adjacency.ts'
import { analyseNetwork } from '../lib/network/analyse.ts'
import { connectivity } from '../lib/network/articulation.ts'
import { layoutNetwork } from '../lib/network/layout.ts'
import { createRandom } from '../lib/network/random.ts'
import type { NetworkData } from '../lib/network/types.ts'
import type { BenchCase, BenchContext } from './case.ts'
import { measureScaling } from './support/scaling.ts'
import { timeMedianMs } from './support/stats.ts'

/** Ties reported per member: 2,000 members give the 40,000 ties of issue 14. */
const TIES_PER_MEMBER = 20

// Smoke sizes stay above the exhaustive core search (20 members), which would dominate.
const sizes = (context: BenchContext) => context.smoke ? [24, 32, 48] : [40, 400, 2000]

/**
 * A survey of `members` respondents and 20 distinct reported ties each (at most half of
 * all pairs), half of them inside a tenth of the forum: a core the analysis can find.
 */
function largeSurvey(members: number, seed = 1): NetworkData {
  const ties = Math.min(TIES_PER_MEMBER * members, Math.floor(members * (members - 1) / 2))
  const random = createRandom(seed)
  const coreSize = Math.max(2, Math.round(members / 10))
  const id = (i: number) => `m${i}`
  const seen = new Set<number>()
  const relations: NetworkData['relations'] = []
  while (relations.length < ties) {
    const roll = random.int(0, 9)
    const from = roll < 5 ? random.int(0, coreSize - 1) : random.int(0, members - 1)
    const to = roll < 8 ? random.int(0, coreSize - 1) : random.int(0, members - 1)
    if (from === to || seen.has(from * members + to))
      continue
    seen.add(from * members + to)
    relations.push({ from: id(from), to: id(to) })
  }
  return {
    members: Array.from({ length: members }, (_, i) => ({ id: id(i), name: `Person ${i}`, department: `Afdeling ${i % 6}`, responded: true })),
    relations,
  }
}

export const cases: BenchCase[] = [
  {
    name: 'network-2000',
    unit: 'ms',
    baseline: null,
    goal: { maxOurs: 2000 },
    measure: async context => measureScaling(sizes(context), members => largeSurvey(members), survey => layoutNetwork(analyseNetwork(survey), { width: 1000, height: 1000 }), `analysis + layout of n members with ${TIES_PER_MEMBER} ties each`),
  },
  {
    // Articulation points need Tarjan's pass; graphology-components only finds components.
    name: 'network-connectivity-2000',
    unit: 'ms',
    baseline: 'graphology-components (components only)',
    async measure(context) {
      const analysis = analyseNetwork(largeSurvey(sizes(context).at(-1)!))
      const adjacency = adjacencyFromPairs(analysis.nodes.length, analysis.links)
      const graph = new UndirectedGraph()
      analysis.nodes.forEach(node => graph.addNode(node.id))
      analysis.links.forEach(([i, j]) => graph.addEdge(analysis.nodes[i]!.id, analysis.nodes[j]!.id))
      return {
        ours: timeMedianMs(() => connectivity(adjacency)),
        baseline: timeMedianMs(() => connectedComponents(graph)),
        note: 'ours finds components and articulation points (own Tarjan pass)',
      }
    },
  },
]
