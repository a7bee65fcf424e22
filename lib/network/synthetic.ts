import { createRandom, randomFloat } from './random.ts'
import type { NetworkData } from './types.ts'

export interface PlantedOptions {
  n: number
  coreSize: number
  /** Tie probabilities for core–core, core–periphery and periphery–periphery dyads. */
  pCore: number
  pCross: number
  pPeriphery: number
  seed: number
}

/** A random network with a known core, for tests and benchmarks. Core members are scattered over 0..n−1. */
export function plantedCorePeriphery(options: PlantedOptions): { pairs: [number, number][], core: number[] } {
  const random = createRandom(options.seed)
  const core = random.shuffle(Array.from({ length: options.n }, (_, i) => i)).slice(0, options.coreSize).sort((a, b) => a - b)
  const inCore = new Set(core)
  const pairs: [number, number][] = []
  for (let i = 0; i < options.n; i++) {
    for (let j = i + 1; j < options.n; j++) {
      const inside = Number(inCore.has(i)) + Number(inCore.has(j))
      const p = inside === 2 ? options.pCore : inside === 1 ? options.pCross : options.pPeriphery
      if (randomFloat(random) < p)
        pairs.push([i, j])
    }
  }
  return { pairs, core }
}

/** Member ids of a synthetic network: "p01", "p02", … */
function syntheticId(i: number, n: number): string {
  return `p${String(i + 1).padStart(String(n).length, '0')}`
}

/** What the broker and the groups are called, in the deck's language. */
export interface BrokerLabels {
  broker: string
  group: (number: number) => string
}

/**
 * The seed's Figur 2: what a network can also look like. Dense groups that know nobody in
 * the other groups, held together by one broker whose removal splits the network.
 */
export function brokerNetwork(seed = 2019, groupSizes: readonly number[] = [8, 7, 7], labels: BrokerLabels = { broker: 'Broker', group: number => `Group ${number}` }): NetworkData {
  const random = createRandom(seed)
  const n = groupSizes.reduce((a, b) => a + b, 0) + 1
  const broker = n - 1
  const members = Array.from({ length: n }, (_, i) => ({ id: syntheticId(i, n), name: i === broker ? labels.broker : `Person ${i + 1}`, department: '', responded: true }))
  const relations: NetworkData['relations'] = []
  const tie = (a: number, b: number) => relations.push({ from: syntheticId(a, n), to: syntheticId(b, n) })
  let start = 0
  groupSizes.forEach((size, group) => {
    const inGroup = Array.from({ length: size }, (_, k) => start + k)
    for (const i of inGroup) {
      members[i]!.department = labels.group(group + 1)
      // A ring keeps each group connected however the dice fall; chords make it dense.
      tie(i, inGroup[(i - start + 1) % size]!)
      for (const j of inGroup) {
        if (j > i + 1 && !(i === start && j === start + size - 1) && randomFloat(random) < 0.6)
          tie(i, j)
      }
    }
    for (const i of random.shuffle(inGroup).slice(0, 2))
      tie(broker, i)
    start += size
  })
  members[broker]!.department = labels.broker
  return { members, relations }
}
