import { connectedComponents } from 'graphology-components'
import { UndirectedGraph } from 'graphology'
import { adjacencyFromPairs } from '../lib/network/adjacency.ts'
import { analyseNetwork } from '../lib/network/analyse.ts'
import { connectivity } from '../lib/network/articulation.ts'
import { exactCorePeriphery, heuristicCorePeriphery } from '../lib/network/core-periphery.ts'
import { layoutNetwork } from '../lib/network/layout.ts'
import { createRandom } from '../lib/network/random.ts'
import { plantedCorePeriphery } from '../lib/network/synthetic.ts'
import type { NetworkData } from '../lib/network/types.ts'
import type { BenchCase } from './case.ts'

/** A large survey: `members` respondents, `ties` distinct reported ties, half of them inside a tenth of the forum. */
function largeSurvey(members: number, ties: number, seed: number): NetworkData {
  const random = createRandom(seed)
  const coreSize = Math.round(members / 10)
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

const large = largeSurvey(2000, 40_000, 1)
const largeAnalysis = analyseNetwork(large)
const largeAdjacency = adjacencyFromPairs(largeAnalysis.nodes.length, largeAnalysis.links)
const largeGraph = new UndirectedGraph()
largeAnalysis.nodes.forEach(node => largeGraph.addNode(node.id))
largeAnalysis.links.forEach(([i, j]) => largeGraph.addEdge(largeAnalysis.nodes[i]!.id, largeAnalysis.nodes[j]!.id))

const small = plantedCorePeriphery({ n: 20, coreSize: 6, pCore: 0.8, pCross: 0.35, pPeriphery: 0.1, seed: 3 })
const smallAdjacency = adjacencyFromPairs(20, small.pairs)

export const cases: BenchCase[] = [
  { group: '2,000 members, 40,000 ties', name: 'analysis (heuristic core search)', run: () => analyseNetwork(large), repeat: 3 },
  { group: '2,000 members, 40,000 ties', name: 'layout (d3-force, 60 ticks)', run: () => layoutNetwork(largeAnalysis, { width: 1000, height: 1000 }), repeat: 3 },
  { group: '2,000 members, 40,000 ties', name: 'analysis + layout', run: () => layoutNetwork(analyseNetwork(large), { width: 1000, height: 1000 }), repeat: 3, targetMs: 2000 },
  { group: 'core search, 20 members', name: 'exact (2^20 partitions)', run: () => exactCorePeriphery(smallAdjacency), repeat: 5 },
  { group: 'core search, 20 members', name: 'heuristic (8 climbs)', run: () => heuristicCorePeriphery(smallAdjacency), repeat: 20 },
  { group: 'graph passes, 2,000 members', name: 'components only (graphology-components)', run: () => connectedComponents(largeGraph), repeat: 20 },
  { group: 'graph passes, 2,000 members', name: 'components + articulation points (own Tarjan, used)', run: () => connectivity(largeAdjacency), repeat: 20 },
]
