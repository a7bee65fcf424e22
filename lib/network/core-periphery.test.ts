import { describe, expect, it } from 'vitest'
import { adjacencyFromPairs, type Adjacency } from './adjacency.ts'
import { correlation, exactCorePeriphery, heuristicCorePeriphery } from './core-periphery.ts'
import { plantedCorePeriphery } from './synthetic.ts'

const coreOf = (inCore: boolean[]) => inCore.flatMap((yes, i) => (yes ? [i] : []))

describe('correlation', () => {
  it('matches a hand computation', () => {
    // n = 5, core {0,1,2} with 2 of its 3 dyads tied, periphery {3,4} with its 1 dyad tied.
    // Dyads N = 3 + 1 = 4, Ncc = 3, T = 3, Tcc = 2:
    // r = (N·Tcc − T·Ncc) / √(T(N−T)·Ncc(N−Ncc)) = (8 − 9) / √(3·1·3·1) = −1/3.
    expect(correlation(3, 1, 2, 1)).toBeCloseTo(-1 / 3, 12)
  })

  it('is undefined when a vector is constant', () => {
    expect(correlation(0, 6, 0, 3)).toBeNaN() // a core of one has no core–core dyad
    expect(correlation(3, 1, 0, 0)).toBeNaN() // no ties at all
  })
})

describe('exact search', () => {
  it('finds the only perfect partition of a clique with attached pairs', () => {
    // K4 on {0,1,2,3}; node 4 tied to 0 and 1, node 5 tied to 2 and 3.
    // Core {0,1,2,3}: all 6 core dyads tied, periphery dyad 4–5 untied → r = 1.
    // No other split is a clique plus an independent set (any 3-node core leaves a tie
    // such as 2–5 or 0–4 in the periphery), so this is the unique optimum.
    const graph = adjacencyFromPairs(6, [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3], [4, 0], [4, 1], [5, 2], [5, 3]])
    const result = exactCorePeriphery(graph)
    expect(coreOf(result.inCore)).toEqual([0, 1, 2, 3])
    expect(result.fit).toBeCloseTo(1, 12)
  })

  it('leaves a pair of two non-respondents out instead of counting it as "no tie"', () => {
    // A, B, C, D (0–3) answered; E (4) and F (5) did not, so E–F is unobserved.
    // Ties: A–B, A–D, A–E, B–F, C–E, C–F, D–E (each reported by a respondent).
    // Core {A,E}: core dyad A–E tied (Ncc 1, Tcc 1); periphery {B,C,D,F}: 6 dyads, ties
    //   B–F and C–F; N = 7, T = 3 → r = (7·1 − 3·1)/√(3·4·1·6) = 4/√72 ≈ 0.4714.
    //   (No non-respondent pair in either group, so both treatments agree.)
    // Core {A,E,F}, E–F as "no tie": core dyads A–E ✓, A–F ✗, E–F ✗ (Ncc 3, Tcc 1);
    //   periphery {B,C,D}: 3 dyads, no tie; N = 6, T = 1 → r = (6 − 3)/√(1·5·3·3) = 3/√45 ≈ 0.4472.
    // Core {A,E,F}, E–F unobserved: Ncc 2, Tcc 1; N = 5, T = 1 → r = (5 − 2)/√(1·4·2·3) = 3/√24 ≈ 0.6124.
    // Enumerating all 64 partitions shows each is the unique optimum of its treatment.
    const graph = adjacencyFromPairs(6, [[0, 1], [0, 3], [0, 4], [1, 5], [2, 4], [2, 5], [3, 4]])
    const asNoTie = exactCorePeriphery(graph)
    expect(coreOf(asNoTie.inCore)).toEqual([0, 4])
    expect(asNoTie.fit).toBeCloseTo(4 / Math.sqrt(72), 12)
    const unobserved = exactCorePeriphery(graph, [true, true, true, true, false, false])
    expect(coreOf(unobserved.inCore)).toEqual([0, 4, 5])
    expect(unobserved.fit).toBeCloseTo(3 / Math.sqrt(24), 12)
  })

  it('agrees with a brute-force evaluation on a small graph', () => {
    const { pairs } = plantedCorePeriphery({ n: 9, coreSize: 3, pCore: 0.8, pCross: 0.4, pPeriphery: 0.2, seed: 11 })
    const graph = adjacencyFromPairs(9, pairs)
    let best = Number.NEGATIVE_INFINITY
    for (let mask = 0; mask < 2 ** 9; mask++)
      best = Math.max(best, fitByDefinition(graph, i => (mask & (1 << i)) !== 0))
    const result = exactCorePeriphery(graph)
    expect(result.fit).toBeCloseTo(best, 12)
    expect(fitByDefinition(graph, i => result.inCore[i]!)).toBeCloseTo(result.fit, 12)
  })

  it('agrees with a brute-force evaluation when some members did not respond', () => {
    for (const seed of [12, 13, 14]) {
      const { pairs } = plantedCorePeriphery({ n: 10, coreSize: 3, pCore: 0.8, pCross: 0.4, pPeriphery: 0.2, seed })
      const respondents = silentMembers(10, [2, 5, 7, 9])
      const graph = adjacencyFromPairs(10, pairs.filter(([a, b]) => respondents[a] || respondents[b]))
      let best = Number.NEGATIVE_INFINITY
      for (let mask = 0; mask < 2 ** 10; mask++)
        best = Math.max(best, fitByDefinition(graph, i => (mask & (1 << i)) !== 0, respondents))
      const result = exactCorePeriphery(graph, respondents)
      expect(result.fit, `seed ${seed}`).toBeCloseTo(best, 12)
      expect(fitByDefinition(graph, i => result.inCore[i]!, respondents)).toBeCloseTo(result.fit, 12)
    }
  })
})

/** Every member responded except those listed. */
function silentMembers(n: number, silent: number[]): boolean[] {
  return Array.from({ length: n }, (_, i) => !silent.includes(i))
}

/**
 * Pearson correlation straight from its definition over the non-ignored dyads, leaving out
 * pairs of two non-respondents; −∞ if undefined.
 */
function fitByDefinition(graph: Adjacency, inCore: (i: number) => boolean, respondents?: boolean[]): number {
  const observed: number[] = []
  const ideal: number[] = []
  for (let i = 0; i < graph.n; i++) {
    for (let j = i + 1; j < graph.n; j++) {
      if (inCore(i) !== inCore(j) || (respondents && !respondents[i] && !respondents[j]))
        continue
      observed.push(graph.neighbours[i]!.includes(j) ? 1 : 0)
      ideal.push(inCore(i) ? 1 : 0)
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
  const mx = mean(observed)
  const my = mean(ideal)
  let sxy = 0
  let sxx = 0
  let syy = 0
  observed.forEach((x, k) => {
    sxy += (x - mx) * (ideal[k]! - my)
    sxx += (x - mx) ** 2
    syy += (ideal[k]! - my) ** 2
  })
  return sxx === 0 || syy === 0 ? Number.NEGATIVE_INFINITY : sxy / Math.sqrt(sxx * syy)
}

describe('heuristic search', () => {
  it('recovers clearly planted cores of 60-member networks', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const planted = plantedCorePeriphery({ n: 60, coreSize: 12, pCore: 0.9, pCross: 0.15, pPeriphery: 0.05, seed })
      const result = heuristicCorePeriphery(adjacencyFromPairs(60, planted.pairs))
      expect(coreOf(result.inCore), `seed ${seed}`).toEqual(planted.core)
    }
  })

  it('keeps a blurred planted core and fits at least as well as it', () => {
    // With many core–periphery ties the model may add well-connected periphery members to
    // the core; the planted core must stay inside and the fit must not be worse than its own.
    for (const seed of [1, 2, 3, 4, 5]) {
      const planted = plantedCorePeriphery({ n: 60, coreSize: 12, pCore: 0.85, pCross: 0.3, pPeriphery: 0.05, seed })
      const graph = adjacencyFromPairs(60, planted.pairs)
      const result = heuristicCorePeriphery(graph)
      expect(planted.core.every(i => result.inCore[i]), `seed ${seed}`).toBe(true)
      expect(result.fit).toBeGreaterThanOrEqual(fitByDefinition(graph, i => planted.core.includes(i)) - 1e-12)
    }
  })

  it('reaches the exact optimum on planted 16-member networks', () => {
    for (const seed of [21, 22, 23, 24, 25, 26]) {
      const planted = plantedCorePeriphery({ n: 16, coreSize: 5, pCore: 0.8, pCross: 0.35, pPeriphery: 0.1, seed })
      const graph = adjacencyFromPairs(16, planted.pairs)
      expect(heuristicCorePeriphery(graph).fit, `seed ${seed}`).toBeCloseTo(exactCorePeriphery(graph).fit, 12)
    }
  })

  it('never claims more than the exact optimum, and stays close to it, on random graphs', () => {
    for (let seed = 100; seed < 120; seed++) {
      const { pairs } = plantedCorePeriphery({ n: 12, coreSize: 4, pCore: 0.5, pCross: 0.4, pPeriphery: 0.3, seed })
      const graph = adjacencyFromPairs(12, pairs)
      const exact = exactCorePeriphery(graph).fit
      const heuristic = heuristicCorePeriphery(graph)
      expect(heuristic.fit).toBeLessThanOrEqual(exact + 1e-12)
      expect(heuristic.fit, `seed ${seed}`).toBeGreaterThan(exact - 0.1)
      expect(fitByDefinition(graph, i => heuristic.inCore[i]!)).toBeCloseTo(heuristic.fit, 12)
    }
  })

  it('never claims more than the exact optimum, and matches the definition, with non-respondents', () => {
    for (let seed = 200; seed < 212; seed++) {
      const { pairs } = plantedCorePeriphery({ n: 14, coreSize: 4, pCore: 0.7, pCross: 0.35, pPeriphery: 0.15, seed })
      const respondents = silentMembers(14, [1, 4, 8, 11, 13])
      const graph = adjacencyFromPairs(14, pairs.filter(([a, b]) => respondents[a] || respondents[b]))
      const exact = exactCorePeriphery(graph, respondents).fit
      const heuristic = heuristicCorePeriphery(graph, respondents)
      expect(heuristic.fit).toBeLessThanOrEqual(exact + 1e-12)
      expect(heuristic.fit, `seed ${seed}`).toBeGreaterThan(exact - 0.1)
      expect(fitByDefinition(graph, i => heuristic.inCore[i]!, respondents)).toBeCloseTo(heuristic.fit, 12)
    }
  })

  it('is deterministic', () => {
    const planted = plantedCorePeriphery({ n: 80, coreSize: 15, pCore: 0.6, pCross: 0.3, pPeriphery: 0.1, seed: 9 })
    const graph = adjacencyFromPairs(80, planted.pairs)
    expect(heuristicCorePeriphery(graph)).toEqual(heuristicCorePeriphery(graph))
  })
})
