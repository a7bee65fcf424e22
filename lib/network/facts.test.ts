import { describe, expect, it } from 'vitest'
import { analyseNetwork } from './analyse.ts'
import { networkFacts } from './facts.ts'
import { brokerNetwork } from './synthetic.ts'
import type { Member } from './types.ts'

describe('networkFacts', () => {
  it('says who holds a split network together and what is not homogeneous', () => {
    // Broker network: three groups joined only through the broker (one articulation point).
    const facts = networkFacts(analyseNetwork(brokerNetwork()))
    expect(facts[0]!.points).toEqual(['Ingen adskilte grupperinger', 'Én person holder netværket sammen'])
  })

  it('counts separate groupings and reads density bands', () => {
    // Two disjoint triangles of one department: 6 ties (one way) of 6 × 5 = 30 possible = 20 %.
    const members: Member[] = ['a', 'b', 'c', 'd', 'e', 'f'].map(id => ({ id, name: id, department: 'Teknik og Miljø', responded: true }))
    const relations = [['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'e'], ['e', 'f'], ['f', 'd']].map(([from, to]) => ({ from: from!, to: to! }))
    const facts = networkFacts(analyseNetwork({ members, relations }))
    expect(facts[0]!.points[0]).toBe('2 adskilte grupperinger')
    expect(facts[1]).toEqual({ headline: 'Et løst netværk', points: ['6 relationer ud af et teoretisk max. på 30 (20,0 % densitet)'] })
    expect(facts[2]).toEqual({ headline: 'Kernen er en homogen gruppe', points: ['Alle i kernen kommer fra Teknik og Miljø'] })
  })
})
