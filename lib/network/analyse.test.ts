import { describe, expect, it } from 'vitest'
import { analyseNetwork, networkSummary } from './analyse.ts'
import { brokerNetwork } from './synthetic.ts'
import type { Member, NetworkData } from './types.ts'

const member = (id: string, department: string, responded = true): Member => ({ id, name: `Navn ${id}`, department, responded })

// A, B, C, D answered; E did not. A→B is reported twice and counts once.
const small: NetworkData = {
  members: [member('A', 'x'), member('B', 'y'), member('C', 'x'), member('D', 'z'), member('E', 'y', false)],
  relations: [
    { from: 'A', to: 'B' }, { from: 'B', to: 'A' }, { from: 'A', to: 'C' }, { from: 'C', to: 'D' },
    { from: 'A', to: 'B', strength: 3 }, { from: 'D', to: 'E' }, { from: 'B', to: 'E' },
  ],
}

describe('analyseNetwork on a hand-checked network', () => {
  const result = analyseNetwork(small)

  it('counts ties and possible ties with the non-respondent', () => {
    // Distinct ordered pairs: A→B, B→A, A→C, C→D, D→E, B→E = 6.
    // 4 respondents, each could name the 4 others: 16; density 6/16 = 0.375.
    expect(result).toMatchObject({ members: 5, respondents: 4, ties: 6, possibleTies: 16, density: 0.375 })
  })

  it('measures reciprocity among ties between respondents', () => {
    // Ties between respondents: A→B, B→A, A→C, C→D (D→E, B→E go to the non-respondent).
    // Reciprocated: A→B and B→A → 2/4.
    expect(result.reciprocity).toBe(0.5)
  })

  it('gives in- and out-degrees', () => {
    expect(result.nodes.map(n => [n.id, n.inDegree, n.outDegree])).toEqual([
      ['A', 1, 2], ['B', 1, 2], ['C', 1, 1], ['D', 1, 1], ['E', 2, 0],
    ])
  })

  it('sees the symmetrised 5-cycle A–B–E–D–C–A: one component, no articulation point', () => {
    expect(result.links).toHaveLength(5)
    expect(result.nodes.every(n => n.degree === 2)).toBe(true)
    expect(result.components).toBe(1)
    expect(result.articulationPoints).toEqual([])
  })

  it('puts every member in exactly one group', () => {
    expect([...result.core, ...result.periphery].sort()).toEqual(['A', 'B', 'C', 'D', 'E'])
  })

  it('has exactly the contract fields in --json', () => {
    expect(Object.keys(networkSummary(result))).toEqual([
      'members', 'respondents', 'ties', 'possibleTies', 'density', 'reciprocity',
      'core', 'periphery', 'coreFit', 'articulationPoints', 'components', 'external',
    ])
    expect(result.external).toBeNull()
  })
})

describe('analyseNetwork on other shapes', () => {
  it('finds a clique core and its perfect fit', () => {
    // K4 on A–D reported one way; E named by A and B; F named by C and D (see core-periphery.test).
    const members = ['A', 'B', 'C', 'D', 'E', 'F'].map(id => member(id, 'x'))
    const relations = [['A', 'B'], ['A', 'C'], ['A', 'D'], ['B', 'C'], ['B', 'D'], ['C', 'D'], ['A', 'E'], ['B', 'E'], ['C', 'F'], ['D', 'F']]
      .map(([from, to]) => ({ from: from!, to: to! }))
    const result = analyseNetwork({ members, relations })
    expect(result.core).toEqual(['A', 'B', 'C', 'D'])
    expect(result.periphery).toEqual(['E', 'F'])
    expect(result.coreFit).toBe(1)
  })

  it('leaves pairs of two non-respondents out of the core–periphery fit', () => {
    // The network of core-periphery.test "leaves a pair of two non-respondents out": E and F
    // did not answer; counting E–F as "no tie" would give core {A,E} and 4/√72 ≈ 0.471,
    // leaving it out gives core {A,E,F} and 3/√24 ≈ 0.612.
    const members = [member('A', 'x'), member('B', 'x'), member('C', 'y'), member('D', 'y'), member('E', 'x', false), member('F', 'y', false)]
    const relations = [['A', 'B'], ['D', 'A'], ['A', 'E'], ['B', 'F'], ['C', 'E'], ['C', 'F'], ['D', 'E']]
      .map(([from, to]) => ({ from: from!, to: to! }))
    const result = analyseNetwork({ members, relations })
    expect(result.core).toEqual(['A', 'E', 'F'])
    expect(result.coreFit).toBe(0.612)
  })

  it('refuses a tie from a non-respondent or to an unknown member', () => {
    const members = [member('A', 'x'), member('B', 'x', false)]
    expect(() => analyseNetwork({ members, relations: [{ from: 'B', to: 'A' }] })).toThrow('tie from "B", who did not respond')
    expect(() => analyseNetwork({ members, relations: [{ from: 'A', to: 'Z' }] })).toThrow('unknown member')
  })

  it('counts components and articulation points of a split network', () => {
    // A–B–C path plus D–E: B holds the path together; two components.
    const members = ['A', 'B', 'C', 'D', 'E'].map(id => member(id, 'x'))
    const result = analyseNetwork({ members, relations: [{ from: 'A', to: 'B' }, { from: 'C', to: 'B' }, { from: 'D', to: 'E' }] })
    expect(result.components).toBe(2)
    expect(result.articulationPoints).toEqual(['B'])
    // Density: 3 ties of 5 × 4 = 20 → 0.15; reciprocity 0 of 3.
    expect(result.density).toBe(0.15)
    expect(result.reciprocity).toBe(0)
  })

  it('marks the broker of the Figur 2 example as its only articulation point', () => {
    const data = brokerNetwork()
    const result = analyseNetwork(data)
    const broker = data.members.find(m => m.name === 'Broker')!
    expect(result.articulationPoints).toEqual([broker.id])
    expect(result.components).toBe(1)
  })

  it('does not depend on the order of the rows', () => {
    const reversed = { ...small, relations: [...small.relations].reverse() }
    expect(networkSummary(analyseNetwork(reversed))).toEqual(networkSummary(analyseNetwork(small)))
  })

  it('gives the same core with exact and heuristic search on a small network', () => {
    const data = brokerNetwork(7, [5, 5, 5])
    const exact = analyseNetwork(data, { exactLimit: 30 })
    const heuristic = analyseNetwork(data, { exactLimit: 0 })
    expect(heuristic.coreFit).toBe(exact.coreFit)
  })
})
