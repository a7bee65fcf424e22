import { describe, expect, it } from 'vitest'
import { analyseNetwork } from './analyse.ts'
import { networkFacts, type FactsWording } from './facts.ts'
import { brokerNetwork } from './synthetic.ts'
import type { Member, NetworkAnalysis } from './types.ts'
import { networkFigures } from './view.ts'

const DA = { language: 'da', departments: 'magistratsafdelinger' } as const

const factsOf = (analysis: NetworkAnalysis, wording: FactsWording) => networkFacts(networkFigures(analysis), analysis.nodes, wording)

describe('networkFacts', () => {
  it('says who holds a split network together and what is not homogeneous', () => {
    // Broker network: three groups joined only through the broker (one articulation point).
    const facts = factsOf(analyseNetwork(brokerNetwork()), DA)
    expect(facts[0]!.points).toEqual(['Ingen adskilte grupperinger', 'Én person holder netværket sammen'])
  })

  it('counts separate groupings and reads density bands', () => {
    // Two disjoint triangles of one department: 6 ties (one way) of 6 × 5 = 30 possible = 20 %.
    const members: Member[] = ['a', 'b', 'c', 'd', 'e', 'f'].map(id => ({ id, name: id, department: 'Teknik og Miljø', responded: true }))
    const relations = [['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'e'], ['e', 'f'], ['f', 'd']].map(([from, to]) => ({ from: from!, to: to! }))
    const facts = factsOf(analyseNetwork({ members, relations }), DA)
    expect(facts[0]!.points[0]).toBe('2 adskilte grupperinger')
    expect(facts[1]).toEqual({ headline: 'Et løst netværk', points: ['6 relationer ud af et teoretisk max. på 30 (20,0 % densitet)'] })
    expect(facts[2]).toEqual({ headline: 'Kernen er en homogen gruppe', points: ['Alle i kernen kommer fra Teknik og Miljø'] })
  })

  it('speaks the deck\'s language and uses its word for departments', () => {
    const members: Member[] = ['a', 'b', 'c', 'd', 'e', 'f'].map(id => ({ id, name: id, department: 'Finance', responded: true }))
    const relations = [['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'e'], ['e', 'f'], ['f', 'd']].map(([from, to]) => ({ from: from!, to: to! }))
    const facts = factsOf(analyseNetwork({ members, relations }), { language: 'en', departments: 'departments' })
    expect(facts[1]).toEqual({ headline: 'A loose network', points: ['6 relations out of a theoretical maximum of 30 (20.0% density)'] })
    expect(facts[2]).toEqual({ headline: 'The core is a homogeneous group', points: ['Everyone in the core comes from Finance'] })
    const broker = factsOf(analyseNetwork(brokerNetwork()), { language: 'en', departments: 'units' })
    expect(broker[0]!.points).toEqual(['No separate groupings', 'One person holds the network together'])
    // A clique of four from two units, each unit with one more member on the edge.
    const mixed: Member[] = [['a', 'Finance'], ['b', 'Finance'], ['c', 'HR'], ['d', 'HR'], ['e', 'Finance'], ['f', 'HR']].map(([id, department]) => ({ id: id!, name: id!, department: department!, responded: true }))
    const clique = ['a', 'b', 'c', 'd'].flatMap(from => ['a', 'b', 'c', 'd'].filter(to => to !== from).map(to => ({ from, to })))
    const spread = factsOf(analyseNetwork({ members: mixed, relations: [...clique, { from: 'e', to: 'a' }, { from: 'f', to: 'c' }] }), { language: 'en', departments: 'units' })
    expect(spread[2]).toEqual({ headline: 'The core is not a homogeneous group', points: ['The members of the core span all 2 units'] })
  })
})
